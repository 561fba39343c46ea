package org.expertportal.audit;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.expertportal.document.Fixtures;
import org.expertportal.expert.ExpertService;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The audit trail on MariaDB: what is recorded, that nothing can change it, and the admin screen. */
class AuditTrailIT extends KaribuTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ExpertService experts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserDetailsService users;

    @Test
    void the_database_refuses_to_change_or_delete_an_entry() {
        audit.recordAs(AuditActor.SYSTEM, AuditAction.EXPERT_UPDATED, AuditTarget.EXPERT, "append-only", null);
        long id = jdbc.queryForObject("select max(id) from audit_event where target_id = 'append-only'", Long.class);

        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'rewritten' where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where id = ? and detail is null",
                Long.class, id)).isEqualTo(1);
    }

    @Test
    void a_refused_navigation_of_a_signed_in_person_is_recorded_but_building_the_menu_is_not() {
        long before = deniedCount();
        signIn("client@demo.test");
        UI.getCurrent().navigate("home");
        assertThat(deniedCount()).as("the menu checks every admin view without recording").isEqualTo(before);

        UI.getCurrent().navigate("admin/system");
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("AccessDeniedView");
        assertThat(deniedCount()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject(
                "select target_id from audit_event where action = 'ACCESS_DENIED' order by id desc limit 1",
                String.class)).isEqualTo("/admin/system");
    }

    @Test
    void a_refused_http_request_of_a_signed_in_person_is_recorded() {
        var user = users.loadUserByUsername("staff@demo.test");
        var staff = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        long before = deniedCount();
        events.publishEvent(new AuthorizationDeniedEvent<>(() -> staff, new Object(), new AuthorizationDecision(false)));
        assertThat(deniedCount()).isEqualTo(before + 1);
    }

    @Test
    void administrators_changes_to_experts_and_document_downloads_are_recorded() {
        signIn("admin@demo.test");
        long expertId = experts.create(Fixtures.expert("audit-" + System.nanoTime(), "MN"));
        experts.uploadCvVersion(expertId, "cv.pdf", Fixtures.pdf());
        experts.deactivate(expertId);
        String slug = experts.allExperts().stream().filter(card -> card.id() == expertId).findFirst().orElseThrow()
                .slug();
        experts.downloadCv(slug, new Fixtures.MemorySink());

        List<String> actions = jdbc.queryForList(
                "select action from audit_event where target_type = 'expert' and target_id = ? order by id",
                String.class, String.valueOf(expertId));
        assertThat(actions).containsExactly("EXPERT_CREATED", "EXPERT_CV_UPLOADED", "EXPERT_DEACTIVATED");
        assertThat(jdbc.queryForObject(
                "select action from audit_event where target_type = 'document' order by id desc limit 1",
                String.class)).isEqualTo("DOCUMENT_DOWNLOADED");
    }

    @Test
    void only_administrators_read_the_trail_and_the_screen_filters_it() {
        signIn("staff@demo.test");
        assertThatThrownBy(() -> audit.find(AuditFilter.all(), 0, 10)).isInstanceOf(NotPermittedException.class);
        audit.recordAs(AuditActor.SYSTEM, AuditAction.SAMPLE_RETIRED, AuditTarget.SAMPLE, "screen-test", null);

        signIn("admin@demo.test");
        UI.getCurrent().navigate("admin/audit");
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit"));
        assertThat(_size(grid)).isPositive();
        @SuppressWarnings("unchecked")
        Select<AuditAction> action = _get(Select.class, spec -> spec.withId("filter-action"));
        action.setValue(AuditAction.SAMPLE_RETIRED);
        LocatorJ._get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("filter-target-id"))
                .setValue("screen-test");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0)).contains("System", "Sample report retired", "Sample report screen-test");
    }

    private long deniedCount() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Long.class);
    }
}
