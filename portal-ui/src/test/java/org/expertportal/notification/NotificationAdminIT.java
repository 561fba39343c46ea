package org.expertportal.notification;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.expertportal.TestClock;
import org.expertportal.account.AccountService;
import org.expertportal.notification.SentMailArchive.CapturedMail;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator checks the mail settings: the test email goes through the outbox to the
 * embedded server (as in the demo), appears as sent, and can be read at /admin/mail.
 *
 * <p>Other mail goes out meanwhile (the response clock job's warnings to staff, other tests'
 * alerts to the same admin), so the test never takes "the newest" row or mail: it looks for the
 * outbox row of this recipient and kind created by its own click, and for the captured mail of
 * that very row (the archive names each file after its outbox id), among the mails captured
 * since. It runs with the portal's clock at two hours of the day, at which the suite used to
 * fail or pass by luck.
 */
class NotificationAdminIT extends KaribuTest {

    @Autowired
    AccountService accountService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    SentMailArchive archive;

    @ParameterizedTest(name = "portal clock from {0}")
    @ValueSource(strings = {"2026-11-24T13:59:00Z", "2026-11-25T00:10:00Z"})
    @SuppressWarnings("unchecked")
    void an_administrators_test_email_is_sent_listed_and_readable_in_the_captured_mail(Instant now) {
        clock.moveFrom(now);
        signIn("admin@demo.test");
        long adminId = accountService.currentAccount().orElseThrow().id();
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from notification_outbox", Long.class);
        // The mail folder outlives the database, which each test run wipes: outbox ids start again
        // at 1 while mails of earlier runs keep theirs. Only mails captured after the click count.
        Set<String> earlierMails = archive.list().stream().map(CapturedMail::fileName).collect(Collectors.toSet());
        UI.getCurrent().navigate("admin/notifications");
        _click(_get(Button.class, spec -> spec.withId("send-test")));

        Grid<OutboxEntry> outbox = _get(Grid.class, spec -> spec.withId("outbox"));
        _get(Select.class, spec -> spec.withId("filter-type")).setValue(AlertType.TEST_ALERT);
        // The use cases read the signed-in user from this thread.
        OutboxEntry mine = await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            outbox.getDataProvider().refreshAll();
            List<OutboxEntry> ours = IntStream.range(0, _size(outbox)).mapToObj(row -> _get(outbox, row))
                    .filter(entry -> entry.id() > before && entry.recipientAccountId() == adminId)
                    .toList();
            return ours.size() == 1 && ours.getFirst().status() == OutboxStatus.SENT ? ours.getFirst() : null;
        }, entry -> entry != null);
        assertThat(mine.type()).isEqualTo(AlertType.TEST_ALERT);
        assertThat(mine.subject()).isEqualTo("Test email from the Expert Report Portal");

        UI.getCurrent().navigate("admin/mail");
        Grid<CapturedMail> captured = _get(Grid.class, spec -> spec.withId("captured-mail"));
        List<CapturedMail> ofThisRow = IntStream.range(0, _size(captured)).mapToObj(row -> _get(captured, row))
                .filter(mail -> !earlierMails.contains(mail.fileName()))
                .filter(mail -> mail.fileName().endsWith("-" + mine.id() + ".eml"))
                .toList();
        assertThat(ofThisRow).hasSize(1);
        CapturedMail latest = ofThisRow.getFirst();
        assertThat(latest.to()).isEqualTo("admin@demo.test");
        assertThat(latest.subject()).isEqualTo("Test email from the Expert Report Portal");
        captured.select(latest);
        assertThat(_get(Pre.class, spec -> spec.withId("captured-text")).getText())
                .contains("If you can read it, the portal’s mail settings work.")
                .contains("/admin/notifications");
    }
}
