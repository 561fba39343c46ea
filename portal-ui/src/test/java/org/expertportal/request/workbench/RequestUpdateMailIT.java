package org.expertportal.request.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.expertportal.TestClock;
import org.expertportal.account.CapturedMails;
import org.expertportal.document.Pdfs;
import org.expertportal.notification.OutboxDispatcher;
import org.expertportal.notification.SentMailArchive;
import org.expertportal.notification.SentMailArchive.CapturedMail;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fewer, better emails (issue #15, docs/adr/038): a request's updates within the window
 * ({@code PORTAL_ALERT_DIGEST_MINUTES}, 10 minutes) reach the client as one email listing the kinds
 * of change, in their language and without case content; a delivered report goes at once. Time
 * passes on the {@link TestClock}, never by sleeping.
 */
class RequestUpdateMailIT extends KaribuTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Duration DELIVERY = Duration.ofSeconds(120);

    @Autowired
    RequestIntakeService intake;

    @Autowired
    RequestHandlingService handling;

    @Autowired
    RequestAssignmentService assignment;

    @Autowired
    ReportDeliveryService delivery;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    SentMailArchive archive;

    @Autowired
    JdbcTemplate jdbc;

    private String client;
    private String reference;

    @BeforeEach
    void aClientWithARequest() {
        ((TestClock) clock).fixAt(clock.instant());
        client = RequestFixtures.newEmail("update-mail");
        reference = intake.submit(RequestFixtures.form(client, clock), RequestFixtures.origin()).reference();
        RequestFixtures.activate(jdbc, client);
        signIn("staff@demo.test");
    }

    @Test
    void eight_staff_actions_within_ten_minutes_reach_the_client_as_at_most_two_emails() throws Exception {
        Instant start = clock.instant();
        String secret = "Please send the letter from the ministry";
        handling.changeStatus(reference, version(), RequestStatus.ACKNOWLEDGED, null, null);
        minuteLater();
        handling.reply(reference, version(), secret);
        minuteLater();
        handling.reply(reference, version(), "Thank you, received.");
        minuteLater();
        handling.changeStatus(reference, version(), RequestStatus.IN_PREPARATION, null, "Work has started");
        minuteLater();
        handling.reply(reference, version(), "The expert has questions.");
        minuteLater();
        handling.reply(reference, version(), "The expert is writing.");
        minuteLater();
        delivery.uploadReport(reference, "report.pdf", new ByteArrayInputStream(Pdfs.withPages(1)), true);
        minuteLater();
        long report = assignment.panel(reference).reports().getFirst().id();
        delivery.deliver(reference, version(), report, null);

        // A delivered report goes at once, although the window is still open.
        CapturedMails.awaitText(archive, client, "Your report for request " + reference + " is ready");
        dispatcher.dispatchDue();
        assertThat(news()).as("the updates wait for the window").isEmpty();

        ((TestClock) clock).fixAt(start.plus(WINDOW));
        dispatcher.wakeUp();
        String text = CapturedMails.awaitText(archive, client, "News on your request " + reference);
        dispatcher.dispatchDue();
        assertThat(news()).as("one email for six updates").hasSize(1);
        assertThat(staffActionMails()).as("eight staff actions, at most two emails").hasSizeLessThanOrEqualTo(2);
        assertThat(text).contains(reference)
                .contains("What changed:")
                .contains("A reply from our staff (4)")
                .contains("The request moved to a new stage (2)")
                .contains("/my/requests/" + reference.toLowerCase(Locale.ROOT))
                .doesNotContain(secret).doesNotContain("ministry").doesNotContain("Work has started");
    }

    @Test
    void the_gathered_email_lists_the_kinds_of_change_in_russian_for_a_russian_reader() {
        jdbc.update("update account set preferred_language = 'ru' where email = ?", client);
        Instant start = clock.instant();
        handling.reply(reference, version(), "Первый ответ");
        minuteLater();
        handling.changeStatus(reference, version(), RequestStatus.ACKNOWLEDGED, null, null);
        minuteLater();
        handling.reply(reference, version(), "Второй ответ");

        ((TestClock) clock).fixAt(start.plus(WINDOW));
        dispatcher.wakeUp();
        String text = CapturedMails.awaitText(archive, client, "Новости по вашей заявке " + reference);
        dispatcher.dispatchDue();
        assertThat(news()).hasSize(1);
        assertThat(text).contains("Что изменилось:")
                .contains("Ответ наших сотрудников (2)")
                .contains("Заявка перешла на новый этап (1)")
                .doesNotContain("Первый").doesNotContain("Второй");
    }

    @Test
    void an_update_after_the_window_starts_a_new_one() {
        Instant start = clock.instant();
        handling.reply(reference, version(), "First");
        ((TestClock) clock).fixAt(start.plus(WINDOW));
        dispatcher.wakeUp();
        CapturedMails.awaitText(archive, client, "News on your request " + reference);

        minuteLater();
        handling.reply(reference, version(), "Second");
        dispatcher.dispatchDue();
        assertThat(news()).as("the second update waits for its own window").hasSize(1);
        ((TestClock) clock).advance(WINDOW);
        dispatcher.wakeUp();
        await().atMost(DELIVERY).until(() -> news().size() == 2);
    }

    private List<CapturedMail> news() {
        return CapturedMails.to(archive, client).stream()
                .filter(mail -> mail.subject().equals("News on your request " + reference)
                        || mail.subject().equals("Новости по вашей заявке " + reference))
                .toList();
    }

    /** The client's mails after the intake's (receipt and account invitation). */
    private List<CapturedMail> staffActionMails() {
        return CapturedMails.to(archive, client).stream()
                .filter(mail -> !mail.subject().startsWith("We received your request"))
                .filter(mail -> !mail.subject().equals("Your account on the Expert Report Portal"))
                .toList();
    }

    private void minuteLater() {
        ((TestClock) clock).advance(Duration.ofMinutes(1));
    }

    private long version() {
        return jdbc.queryForObject("select version from report_request where reference = ?", Long.class, reference);
    }
}
