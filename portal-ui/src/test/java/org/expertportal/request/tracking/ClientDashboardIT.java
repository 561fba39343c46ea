package org.expertportal.request.tracking;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.expertportal.TestClock;
import org.expertportal.database.SqlStatementCounter;
import org.expertportal.document.Fixtures;
import org.expertportal.document.Pdfs;
import org.expertportal.request.RequestDocumentKind;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.RequestKind;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.intake.RequestSubmission;
import org.expertportal.request.intake.ShortRequest;
import org.expertportal.request.workbench.ReportDeliveryService;
import org.expertportal.request.workbench.RequestAssignmentService;
import org.expertportal.request.workbench.RequestHandlingService;
import org.expertportal.sample.SampleService;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The client's home is their case dashboard: what needs them (with the question staff asked), the
 * hearings to come in date order with the days left, and the reports delivered lately with a
 * download button; for the client and a colleague of the same firm, never for another firm's client;
 * at a fixed cost in statements however many requests there are. Data made through the real use cases.
 */
class ClientDashboardIT extends KaribuTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    RequestIntakeService intake;

    @Autowired
    RequestHandlingService handling;

    @Autowired
    ReportDeliveryService delivery;

    @Autowired
    RequestAssignmentService assignment;

    @Autowired
    SampleService samples;

    @Autowired
    ClientDashboardService dashboards;

    @Autowired
    JdbcTemplate jdbc;

    private String client;
    private String colleague;
    private String outsider;
    private LocalDate today;

    @BeforeEach
    void aFirmOfTwoAndAnotherFirm() {
        // Noon in London: "today" is the same date in every zone the test's people use.
        Instant noon = clock.instant().truncatedTo(ChronoUnit.DAYS).plus(12, ChronoUnit.HOURS);
        ((TestClock) clock).fixAt(noon);
        today = LocalDate.ofInstant(noon, ZoneOffset.UTC);
        client = RequestFixtures.newEmail("client");
        colleague = RequestFixtures.newEmail("colleague");
        outsider = RequestFixtures.newEmail("outsider");
        submit(client, today.plusDays(30));
        submit(colleague, today.plusDays(30));
        submit(outsider, today.plusDays(30));
        for (String email : new String[] {client, colleague, outsider}) {
            RequestFixtures.activate(jdbc, email);
        }
        RequestFixtures.newOrganisationWith(jdbc, client, colleague);
        RequestFixtures.newOrganisationWith(jdbc, outsider);
        jdbc.update("update report_request r join account a on a.id = r.client_account_id"
                + " set r.organisation_id = a.organisation_id where a.email in (?, ?, ?)", client, colleague, outsider);
    }

    private String submit(String email, LocalDate hearing) {
        RequestSubmission form = RequestFixtures.form(email);
        return intake.submit(new RequestSubmission(form.requesterKind(), form.name(), form.organisation(), email,
                form.phone(), form.whatsapp(), form.preferredChannel(), form.safeByEmail(), form.safeByPhone(),
                form.safeByWhatsapp(), form.countryCode(), form.themeKeys(), form.caseStage(), hearing,
                form.legalAid(), form.preferredLanguage(), form.summary(), form.services(), form.consent(),
                form.website()), RequestFixtures.origin()).reference();
    }

    /** A further request, filed while signed in (as a known client must) and joined to the firm. */
    private String newRequest(String email, LocalDate hearing) {
        signIn(email);
        String reference = submit(email, hearing);
        jdbc.update("update report_request r join account a on a.id = r.client_account_id"
                + " set r.organisation_id = a.organisation_id where r.reference = ?", reference);
        return reference;
    }

    private long version(String reference) {
        return jdbc.queryForObject("select version from report_request where reference = ?", Long.class, reference);
    }

    private void askTheClient(String reference, String question) {
        signIn("staff@demo.test");
        handling.changeStatus(reference, version(reference), RequestStatus.AWAITING_CLIENT, null, question);
    }

    private long deliverAReport(String reference) {
        signIn("staff@demo.test");
        handling.changeStatus(reference, version(reference), RequestStatus.ACKNOWLEDGED, null, null);
        handling.changeStatus(reference, version(reference), RequestStatus.IN_PREPARATION, null, null);
        delivery.uploadReport(reference, "report.pdf", new ByteArrayInputStream(Pdfs.withPages(1)), true);
        long report = assignment.panel(reference).reports().getFirst().id();
        delivery.deliver(reference, version(reference), report, "Your report is ready.");
        return report;
    }

    @Test
    void needs_you_shows_the_request_staff_wait_on_with_their_question_to_the_client_and_the_colleague() {
        String reference = newRequest(client, today.plusDays(40));
        askTheClient(reference, "Please send the refusal letter of 3 March.");

        signIn(client);
        UI.getCurrent().navigate("home");
        assertThat(currentView().getSimpleName()).isEqualTo("HomeView");
        Div needsYou = _get(Div.class, spec -> spec.withId("dashboard-needs-you"));
        assertThat(needsYou.getElement().getTextRecursively())
                .contains(reference, "Our question:", "Please send the refusal letter of 3 March.");

        signIn(colleague);
        UI.getCurrent().navigate("home");
        assertThat(_get(Div.class, spec -> spec.withId("dashboard-needs-you")).getElement().getTextRecursively())
                .as("the firm's request needs the colleague too").contains(reference);

        signIn(outsider);
        UI.getCurrent().navigate("home");
        assertThat(_find(Div.class, spec -> spec.withId("dashboard-needs-you"))).as("another firm sees none of it")
                .isEmpty();
        assertThat(dashboards.dashboard(LONDON).toString()).doesNotContain(reference, "refusal letter");

        signIn(client);
        tracking().sendMessage(reference, "Here it is.");
        assertThat(dashboards.dashboard(LONDON).needsYou()).as("answered: staff have it back")
                .extracting(item -> item.reference()).doesNotContain(reference);
    }

    @Test
    void hearings_come_in_date_order_with_the_days_left_and_past_or_finished_ones_are_left_out() {
        String far = newRequest(client, today.plusDays(60));
        String near = newRequest(colleague, today.plusDays(3));
        String todays = newRequest(client, today);
        String cancelled = newRequest(client, today.plusDays(1));
        signIn(client);
        tracking().cancel(cancelled, null);

        var hearings = dashboards.dashboard(LONDON).hearings();
        assertThat(hearings).extracting(h -> h.reference()).containsSubsequence(todays, near, far)
                .doesNotContain(cancelled);
        assertThat(hearings).filteredOn(h -> h.reference().equals(near)).singleElement()
                .satisfies(h -> assertThat(h.daysLeft()).isEqualTo(3));
        assertThat(hearings).extracting(h -> h.date()).isSorted();

        UI.getCurrent().navigate("home");
        String text = _get(Div.class, spec -> spec.withId("dashboard-hearings")).getElement().getTextRecursively();
        assertThat(text).contains("3 days left", "60 days left", "Today").doesNotContain(cancelled);
        assertThat(text.indexOf(near)).isLessThan(text.indexOf(far));

        useLanguage(Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("home");
        assertThat(_get(Div.class, spec -> spec.withId("dashboard-hearings")).getElement().getTextRecursively())
                .contains("Слушания и сроки", "Осталось 3 дня", "Сегодня");
    }

    @Test
    void a_delivered_report_is_on_the_dashboard_with_a_download_button_for_the_firm_only() {
        String reference = newRequest(client, today.plusDays(20));
        long report = deliverAReport(reference);

        signIn(colleague);
        assertThat(dashboards.dashboard(LONDON).delivered()).filteredOn(d -> d.reference().equals(reference))
                .singleElement().satisfies(d -> assertThat(d.documentId()).isEqualTo(report));
        assertThat(dashboards.dashboard(LONDON).hearings()).as("delivered: the hearing no longer waits on us")
                .extracting(h -> h.reference()).doesNotContain(reference);
        UI.getCurrent().navigate("home");
        Anchor download = _get(Anchor.class, spec -> spec.withId("dashboard-download-" + report));
        assertThat(download.getText()).isEqualTo("Download your report");
        assertThat(download.getHref()).as("a real download link").isNotBlank();

        signIn(outsider);
        assertThat(dashboards.dashboard(LONDON).delivered()).extracting(d -> d.reference()).doesNotContain(reference);
        UI.getCurrent().navigate("home");
        assertThat(_find(Anchor.class, spec -> spec.withId("dashboard-download-" + report))).isEmpty();
    }

    @Test
    void a_sample_shared_to_answer_a_short_request_is_on_the_dashboard_with_its_own_download_button() {
        signIn(client);
        String reference = intake.submitShort(new ShortRequest(RequestKind.SAMPLE, "Dashboard Client", client, "MN",
                true, ""), RequestFixtures.origin()).reference();
        jdbc.update("update report_request r join account a on a.id = r.client_account_id"
                + " set r.organisation_id = a.organisation_id where r.reference = ?", reference);
        signIn("admin@demo.test");
        long sampleId = samples.publish(Fixtures.sample("Dashboard sample " + System.nanoTime(), "MN"), "mn.pdf",
                Fixtures.pdf());
        signIn("staff@demo.test");
        delivery.shareSample(reference, sampleId);
        long shared = jdbc.queryForObject("select d.id from request_document d join report_request r"
                + " on r.id = d.request_id where r.reference = ? and d.kind = 'SAMPLE'", Long.class, reference);

        signIn(colleague);
        assertThat(dashboards.dashboard(LONDON).delivered()).filteredOn(d -> d.reference().equals(reference))
                .singleElement().satisfies(d -> {
                    assertThat(d.documentId()).isEqualTo(shared);
                    assertThat(d.kind()).isEqualTo(RequestDocumentKind.SAMPLE);
                });
        UI.getCurrent().navigate("home");
        Anchor download = _get(Anchor.class, spec -> spec.withId("dashboard-download-" + shared));
        assertThat(download.getText()).isEqualTo("Download the sample report");
        assertThat(download.getHref()).as("a real download link").isNotBlank();
        // The list holds samples and CVs as well as reports: its title says neither, each line says which.
        Div delivered = _get(Div.class, spec -> spec.withId("dashboard-delivered"));
        assertThat(delivered.getElement().getTextRecursively()).startsWith("Recently delivered")
                .doesNotContain("delivered reports");
        assertThat(_get(ListItem.class, spec -> spec.withId("dashboard-delivered-" + shared)).getElement()
                .getTextRecursively()).startsWith("Sample report " + reference);

        useLanguage(Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("home");
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-download-" + shared)).getText())
                .isEqualTo("Скачать образец заключения");
        assertThat(_get(Div.class, spec -> spec.withId("dashboard-delivered")).getElement().getTextRecursively())
                .startsWith("Недавно полученные документы");
        assertThat(_get(ListItem.class, spec -> spec.withId("dashboard-delivered-" + shared)).getElement()
                .getTextRecursively()).startsWith("Образец заключения " + reference);

        signIn(outsider);
        assertThat(dashboards.dashboard(LONDON).delivered()).extracting(d -> d.reference()).doesNotContain(reference);
        UI.getCurrent().navigate("home");
        assertThat(_find(Anchor.class, spec -> spec.withId("dashboard-download-" + shared))).isEmpty();
    }

    @Test
    void unread_messages_from_staff_are_marked_read_per_person_when_they_open_the_request() {
        String reference = newRequest(client, today.plusDays(40));
        signIn("staff@demo.test");
        handling.reply(reference, version(reference), "We can help.");
        handling.reply(reference, version(reference), "Please send the decision.");

        signIn(client);
        assertThat(dashboards.dashboard(LONDON).unread()).filteredOn(u -> u.reference().equals(reference))
                .singleElement().satisfies(u -> assertThat(u.count()).isEqualTo(2));
        UI.getCurrent().navigate("home");
        assertThat(_get(ListItem.class, spec -> spec.withId("dashboard-unread-" + reference)).getElement()
                .getTextRecursively()).contains("New messages: 2");
        UI.getCurrent().navigate("my/requests/" + reference.toLowerCase());
        UI.getCurrent().navigate("home");
        assertThat(_find(ListItem.class, spec -> spec.withId("dashboard-unread-" + reference)))
                .as("opening the request page read the thread").isEmpty();

        signIn(colleague);
        assertThat(dashboards.dashboard(LONDON).unread()).as("a colleague has not read it yet")
                .filteredOn(u -> u.reference().equals(reference))
                .singleElement().satisfies(u -> assertThat(u.count()).isEqualTo(2));

        signIn(client);
        tracking().sendMessage(reference, "Thank you, here it is.");
        assertThat(dashboards.dashboard(LONDON).unread()).as("one's own side's messages are not news")
                .extracting(u -> u.reference()).doesNotContain(reference);
        signIn("staff@demo.test");
        handling.reply(reference, version(reference), "Received.");
        signIn(client);
        assertThat(dashboards.dashboard(LONDON).unread()).filteredOn(u -> u.reference().equals(reference))
                .singleElement().satisfies(u -> assertThat(u.count()).isEqualTo(1));
        useLanguage(Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("home");
        assertThat(_get(Div.class, spec -> spec.withId("dashboard-unread")).getElement().getTextRecursively())
                .contains("Непрочитанные сообщения от нас", "Новых сообщений: 1");

        signIn(outsider);
        assertThat(dashboards.dashboard(LONDON).unread()).extracting(u -> u.reference()).doesNotContain(reference);
        assertThat(jdbc.queryForObject("select count(*) from thread_read t join account a on a.id = t.account_id"
                + " where a.email = ?", Long.class, colleague)).as("looking at the dashboard reads nothing").isZero();
    }

    @Test
    void a_quiet_dashboard_says_so_instead_of_showing_empty_boxes_and_staff_have_none() {
        signIn(outsider);
        // The outsider's one request has a hearing: take it away to leave nothing to show.
        jdbc.update("update report_request r join account a on a.id = r.client_account_id"
                + " set r.hearing_date = null where a.email = ?", outsider);
        UI.getCurrent().navigate("home");
        assertThat(_find(Div.class, spec -> spec.withClasses("dashboard-section"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-quiet")).getText())
                .startsWith("Nothing needs you right now");

        // An upcoming consultation is something: the page no longer says that nothing needs the client.
        Instant start = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(3, ChronoUnit.DAYS)
                .plusSeconds(System.nanoTime() % 50_000 + 1);
        jdbc.update("insert into consultation (version, uid, request_id, request_reference, client_account_id,"
                + " staff_account_id, start_at, end_at, status, sequence, client_zone, staff_zone, booked_at, changed_at)"
                + " select 0, ?, r.id, r.reference, r.client_account_id, s.id, ?, ?, 'BOOKED', 0, 'Europe/London',"
                + " 'Europe/London', now(6), now(6) from report_request r join account a on a.id = r.client_account_id,"
                + " account s where a.email = ? and s.email = 'staff@demo.test' order by r.id limit 1",
                "quiet-" + System.nanoTime() + "@consultations.test", Timestamp.from(start),
                Timestamp.from(start.plus(30, ChronoUnit.MINUTES)), outsider);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("home");
        assertThat(_find(Div.class, spec -> spec.withId("dashboard-consultations"))).hasSize(1);
        assertThat(_find(Paragraph.class, spec -> spec.withId("dashboard-quiet")))
                .as("a consultation is listed: something is there").isEmpty();

        signIn("staff@demo.test");
        assertThatThrownBy(() -> dashboards.dashboard(LONDON)).isInstanceOf(NotPermittedException.class);
        UI.getCurrent().navigate("home");
        assertThat(currentView().getSimpleName()).isEqualTo("HomeView");
        signOut();
        assertThatThrownBy(() -> dashboards.dashboard(LONDON)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void the_dashboard_costs_the_same_statements_with_one_request_or_many() {
        askTheClient(newRequest(client, today.plusDays(5)), "Which court?");
        signIn(client);
        long few = statements();
        for (int i = 0; i < 4; i++) {
            String reference = newRequest(i % 2 == 0 ? client : colleague, today.plusDays(10 + i));
            askTheClient(reference, "Question " + i);
            handling.reply(reference, version(reference), "And a message " + i);
            if (i % 2 == 0) {
                deliverAReport(newRequest(colleague, today.plusDays(20 + i)));
            }
        }
        signIn(client);
        assertThat(dashboards.dashboard(LONDON).needsYou()).hasSize(5);
        assertThat(dashboards.dashboard(LONDON).delivered()).hasSize(2);
        assertThat(statements()).isEqualTo(few);
    }

    private long statements() {
        SqlStatementCounter.reset();
        dashboards.dashboard(LONDON);
        return SqlStatementCounter.count();
    }

    private RequestTrackingService tracking() {
        return context.getBean(RequestTrackingService.class);
    }
}
