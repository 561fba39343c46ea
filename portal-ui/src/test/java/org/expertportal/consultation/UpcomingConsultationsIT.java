package org.expertportal.consultation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The client's home lists the consultations to come of every request their side may see (their
 * own and their organisation's), soonest first, with the expert once one took the case: never a
 * past or cancelled one, never another firm's; nothing at all when there is none.
 */
class UpcomingConsultationsIT extends KaribuTest {

    @Autowired
    RequestIntakeService intake;

    @Autowired
    UpcomingConsultationsService upcoming;

    @Autowired
    JdbcTemplate jdbc;

    private String client;
    private String colleague;
    private String outsider;
    private String own;
    private String colleagues;
    private String past;
    private String cancelled;
    private String outsiders;
    private String expertName;

    @BeforeEach
    void aFirmOfTwoAndAnotherFirm() {
        client = ConsultationFixtures.newEmail("client");
        colleague = ConsultationFixtures.newEmail("colleague");
        outsider = ConsultationFixtures.newEmail("outsider");
        own = submit(client);
        past = submit(client);
        cancelled = submit(client);
        colleagues = submit(colleague);
        outsiders = submit(outsider);
        for (String email : new String[] {client, colleague, outsider}) {
            ConsultationFixtures.activate(jdbc, email);
        }
        RequestFixtures.newOrganisationWith(jdbc, client, colleague);
        RequestFixtures.newOrganisationWith(jdbc, outsider);
        jdbc.update("update report_request r join account a on a.id = r.client_account_id"
                + " set r.organisation_id = a.organisation_id where a.email in (?, ?, ?)", client, colleague, outsider);
        Map<String, Object> expert = jdbc.queryForMap("select id, name from expert order by id limit 1");
        expertName = (String) expert.get("name");
        jdbc.update("update report_request set expert_id = ?, expert_state = 'ASSIGNED' where reference = ?",
                expert.get("id"), colleagues);

        Instant now = clock.instant();
        // A second apart from any other test's bookings of the demo staff member (unique per staff and start).
        Instant base = now.truncatedTo(ChronoUnit.MINUTES).plusSeconds(System.nanoTime() % 50_000 + 1);
        book(own, base.plus(Duration.ofDays(3)), "BOOKED");
        book(colleagues, base.plus(Duration.ofDays(2)), "BOOKED");
        book(past, base.minus(Duration.ofDays(2)), "BOOKED");
        book(cancelled, base.plus(Duration.ofDays(4)), "CANCELLED");
        book(outsiders, base.plus(Duration.ofDays(1)), "BOOKED");
    }

    private String submit(String email) {
        return intake.submit(ConsultationFixtures.form(email), ConsultationFixtures.origin()).reference();
    }

    private void book(String reference, Instant start, String status) {
        jdbc.update("insert into consultation (version, uid, request_id, request_reference, client_account_id,"
                + " staff_account_id, start_at, end_at, status, sequence, client_zone, staff_zone, booked_at, changed_at)"
                + " select 0, ?, r.id, r.reference, r.client_account_id, s.id, ?, ?, ?, 0, 'Europe/London',"
                + " 'Europe/London', now(6), now(6) from report_request r, account s"
                + " where r.reference = ? and s.email = 'staff@demo.test'",
                "test-" + System.nanoTime() + "@consultations.test", Timestamp.from(start),
                Timestamp.from(start.plus(Duration.ofMinutes(30))), status, reference);
    }

    @Test
    void the_home_page_lists_the_firms_upcoming_consultations_soonest_first() {
        signIn(client);
        UI.getCurrent().navigate("home");
        Div section = _get(Div.class, spec -> spec.withId("dashboard-consultations"));
        String text = section.getElement().getTextRecursively();
        assertThat(text).contains("Upcoming consultations", own, colleagues, "with " + expertName)
                .as("not a past one, not a cancelled one, not another firm's")
                .doesNotContain(past, cancelled, outsiders);
        assertThat(text.indexOf(colleagues)).as("soonest first").isLessThan(text.indexOf(own));
        assertThat(_find(Anchor.class, spec -> spec.withText(own)))
                .singleElement().satisfies(link -> assertThat(link.getHref())
                        .isEqualTo("my/requests/" + own.toLowerCase(Locale.ROOT)));

        useLanguage(Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("home");
        assertThat(_get(Div.class, spec -> spec.withId("dashboard-consultations")).getElement().getTextRecursively())
                .contains("Предстоящие консультации", own, "эксперт: " + expertName);
    }

    @Test
    void another_firm_sees_only_its_own_and_none_is_no_section() {
        signIn(outsider);
        UI.getCurrent().navigate("home");
        assertThat(_get(Div.class, spec -> spec.withId("dashboard-consultations")).getElement().getTextRecursively())
                .contains(outsiders).doesNotContain(own, colleagues);

        jdbc.update("update consultation set status = 'CANCELLED' where request_reference = ?", outsiders);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("home");
        assertThat(_find(Div.class, spec -> spec.withId("dashboard-consultations")).stream()
                .filter(Div::isVisible)).as("no upcoming consultation, no section").isEmpty();
    }

    @Test
    void only_clients_have_upcoming_consultations() {
        signIn("staff@demo.test");
        assertThatThrownBy(() -> upcoming.mine()).isInstanceOf(NotPermittedException.class);
        signOut();
        assertThatThrownBy(() -> upcoming.mine()).isInstanceOf(NotPermittedException.class);
    }
}
