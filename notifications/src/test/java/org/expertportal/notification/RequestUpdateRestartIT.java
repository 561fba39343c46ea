package org.expertportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.expertportal.NotificationsTestApplication;
import org.expertportal.account.Account;
import org.expertportal.account.AccountRepository;
import org.expertportal.account.TestAccounts;
import org.expertportal.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A request's updates wait in the outbox for the window after the first one (docs/adr/038): the
 * window is a due time in the database, so a portal that stops inside it loses nothing, and the
 * next start sends them as one email listing the kinds of change.
 */
class RequestUpdateRestartIT {

    @AfterEach
    void stopSmtp() {
        TestSmtp.stop();
    }

    @Test
    void updates_held_in_the_window_when_the_portal_stops_go_out_as_one_email_after_the_next_start()
            throws Exception {
        TestSmtp.start();
        String reference = "ER-2026-9" + String.format("%05d", System.nanoTime() % 100_000);
        Account client;
        try (ConfigurableApplicationContext before = start()) {
            Clock clock = before.getBean(Clock.class);
            client = TestAccounts.create(before.getBean(AccountRepository.class), Role.CLIENT,
                    "the current passphrase", Locale.ENGLISH, clock);
            var transactions = new TransactionTemplate(before.getBean(PlatformTransactionManager.class));
            AlertPublisher alerts = before.getBean(AlertPublisher.class);
            for (RequestChange change : List.of(RequestChange.REPLY, RequestChange.STATUS, RequestChange.REPLY)) {
                transactions.executeWithoutResult(status ->
                        alerts.publish(Alert.requestUpdated(client.getId(), reference, clock.instant(), change)));
            }
            assertThat(before.getBean(OutboxDispatcher.class).dispatchDue()).isZero();
            assertThat(TestSmtp.receivedBy(client.getEmail())).as("inside the window").isEmpty();
            assertThat(rows(before, client)).hasSize(3).allSatisfy(row -> {
                assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING);
                assertThat(row.getNextAttemptAt()).isAfter(clock.instant().plus(Duration.ofMinutes(9)));
            });
        }

        try (ConfigurableApplicationContext after = start()) {
            // The window ends (the rows' due time passes) while the portal runs again.
            after.getBean(JdbcTemplate.class).update(
                    "update notification_outbox set next_attempt_at = ? where recipient_account_id = ?",
                    Timestamp.from(after.getBean(Clock.class).instant().minusSeconds(1)), client.getId());
            after.getBean(OutboxDispatcher.class).wakeUp();
            await().atMost(MailTestSupport.DELIVERY).until(() -> rows(after, client).stream()
                    .allMatch(row -> row.getStatus() == OutboxStatus.SENT));
            after.getBean(OutboxDispatcher.class).dispatchDue();
            List<MimeMessage> mails = TestSmtp.receivedBy(client.getEmail());
            assertThat(mails).as("one email for the three updates").hasSize(1);
            assertThat(mails.getFirst().getSubject()).isEqualTo("News on your request " + reference);
            String text = String.join("\n", TestSmtp.textParts(mails.getFirst()));
            assertThat(text).contains("A reply from our staff (2)").contains("The request moved to a new stage (1)");
            assertThat(mails.getFirst().getMessageID())
                    .as("named by the first update's Message-ID")
                    .isEqualTo(rows(after, client).stream().min((a, b) -> Long.compare(a.getId(), b.getId()))
                            .orElseThrow().getMessageId());
            PrivacyRules.assertNoCaseContent(text);
        }
    }

    private static List<OutboxAlert> rows(ConfigurableApplicationContext context, Account client) {
        return context.getBean(OutboxRepository.class).findByRecipientAccountId(client.getId());
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(NotificationsTestApplication.class)
                .properties(Map.of("spring.mail.port", TestSmtp.PORT))
                .run();
    }
}
