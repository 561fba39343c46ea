package org.expertportal.request.tracking;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.expertportal.TestClock;
import org.expertportal.document.Fixtures;
import org.expertportal.document.Pdfs;
import org.expertportal.expert.ExpertService;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.workbench.ReportDeliveryService;
import org.expertportal.request.workbench.RequestAssignmentService;
import org.expertportal.request.workbench.RequestHandlingService;
import org.expertportal.ui.ContactChannels;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the client's request page says comes next: the delivered report first with the expert named
 * and no booking left, and an apology with the direct channels once the first response is late.
 */
class NextStepsIT extends KaribuTest {

    @Autowired
    RequestIntakeService intake;

    @Autowired
    RequestHandlingService handling;

    @Autowired
    RequestAssignmentService assignment;

    @Autowired
    ReportDeliveryService delivery;

    @Autowired
    ExpertService experts;

    @Autowired
    ContactChannels contact;

    @Autowired
    JdbcTemplate jdbc;

    private String client;
    private String reference;

    @BeforeEach
    void aClientWithARequest() {
        client = RequestFixtures.newEmail("next-steps");
        reference = intake.submit(RequestFixtures.form(client), RequestFixtures.origin()).reference();
        RequestFixtures.activate(jdbc, client);
    }

    @AfterEach
    void wallClockAgain() {
        ((TestClock) clock).reset();
    }

    private long version() {
        return jdbc.queryForObject("select version from report_request where reference = ?", Long.class, reference);
    }

    private void openRequestPage() {
        UI.getCurrent().navigate("my/requests/" + reference);
    }

    @Test
    void a_delivered_report_comes_first_with_the_expert_named_and_no_booking_left() {
        signIn("admin@demo.test");
        String slug = "next-" + System.nanoTime();
        String expertName = "Test Expert " + slug;
        long expertId = experts.create(Fixtures.expert(slug, "IR"));
        signIn("staff@demo.test");
        handling.changeStatus(reference, version(), RequestStatus.ACKNOWLEDGED, null, null);
        assignment.proposeExpert(reference, version(), expertId);

        signIn(client);
        openRequestPage();
        assertThat(_find(Paragraph.class, spec -> spec.withId("request-expert")))
                .as("an expert staff are only asking is not named").isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("consultation"))).as("booking while it is open").hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("download-report"))).isEmpty();

        signIn("staff@demo.test");
        assignment.assignExpert(reference, version(), expertId, null);
        handling.changeStatus(reference, version(), RequestStatus.IN_PREPARATION, null, null);
        delivery.uploadReport(reference, "report.pdf", new ByteArrayInputStream(Pdfs.withPages(2)), true);
        long report = assignment.panel(reference).reports().getFirst().id();
        delivery.deliver(reference, version(), report, null);

        signIn(client);
        openRequestPage();
        Anchor download = _get(Anchor.class, spec -> spec.withId("download-report"));
        assertThat(download.getText()).isEqualTo("Download your report");
        assertThat(download.getHref()).as("a real download, not a page").isNotBlank();
        var page = download.getParent().orElseThrow();
        List<?> children = page.getChildren().toList();
        assertThat(children.get(0)).isInstanceOf(H1.class);
        assertThat(children.get(1)).as("right under the title").isSameAs(download);
        assertThat(_get(Paragraph.class, spec -> spec.withId("request-expert")).getElement().getTextRecursively())
                .isEqualTo("Your expert: " + expertName);
        assertThat(_find(Div.class, spec -> spec.withId("consultation"))).as("nothing to book any more").isEmpty();

        useLanguage(Locale.forLanguageTag("ru"));
        openRequestPage();
        assertThat(_get(Anchor.class, spec -> spec.withId("download-report")).getText())
                .isEqualTo("Скачать ваше заключение");
        assertThat(_get(Paragraph.class, spec -> spec.withId("request-expert")).getElement().getTextRecursively())
                .isEqualTo("Ваш эксперт: " + expertName);
    }

    @Test
    void a_late_first_response_is_said_plainly_with_an_apology_and_the_direct_channels() {
        Instant respondBy = jdbc.queryForObject("select first_response_due_at from report_request where reference = ?",
                Instant.class, reference);
        signIn(client);
        ((TestClock) clock).fixAt(respondBy.minusSeconds(60));
        openRequestPage();
        assertThat(_find(Div.class, spec -> spec.withId("request-overdue"))).as("still in time").isEmpty();

        ((TestClock) clock).fixAt(respondBy.plus(Duration.ofMinutes(5)));
        openRequestPage();
        Div overdue = _get(Div.class, spec -> spec.withId("request-overdue"));
        assertThat(overdue.getElement().getTextRecursively()).contains("We are late, sorry")
                .contains("We apologise");
        assertThat(_find(overdue, Anchor.class)).extracting(Anchor::getHref).containsExactlyInAnyOrder(
                "mailto:" + contact.email(), "https://wa.me/" + contact.whatsappDigits(), contact.phoneLink());

        useLanguage(Locale.forLanguageTag("ru"));
        openRequestPage();
        assertThat(_get(Div.class, spec -> spec.withId("request-overdue")).getElement().getTextRecursively())
                .contains("Мы опаздываем, простите").contains("Приносим извинения");

        signIn("staff@demo.test");
        handling.changeStatus(reference, version(), RequestStatus.ACKNOWLEDGED, null, null);
        signIn(client);
        openRequestPage();
        assertThat(_find(Div.class, spec -> spec.withId("request-overdue"))).as("answered, if late").isEmpty();
    }
}
