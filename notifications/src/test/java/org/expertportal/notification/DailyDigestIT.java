package org.expertportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.expertportal.account.Account;
import org.expertportal.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Optional alerts chosen "once a day" wait for the digest hour and then go out as one email. */
class DailyDigestIT extends MailTestSupport {

    @Autowired
    AlertPreferences preferences;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    JdbcTemplate jdbc;

    /** The application's clock: the outbox holds digests and dispatches by it. */
    @Autowired
    Clock clock;

    @Test
    void three_digest_alerts_wait_for_the_digest_hour_and_go_out_as_one_email() throws Exception {
        Account follower = account(Role.CLIENT, Locale.ENGLISH);
        currentUser.signIn(follower);
        preferences.choose(AlertType.COUNTRY_UPDATED, true, true);
        for (int i = 0; i < 3; i++) {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> alerts.publish(
                    Alert.about(AlertType.COUNTRY_UPDATED, follower.getId(), PortalLink.to(PortalLink.Page.HOME), clock.instant())));
        }
        List<OutboxAlert> held = outboxOf(follower);
        assertThat(held).hasSize(3).allSatisfy(row -> {
            assertThat(row.isDigest()).isTrue();
            assertThat(row.getNextAttemptAt()).isAfter(clock.instant());
        });
        dispatcher.dispatchDue();
        assertThat(TestSmtp.receivedBy(follower.getEmail())).as("nothing before the digest hour").isEmpty();

        // The digest hour comes.
        jdbc.update("update notification_outbox set next_attempt_at = ? where recipient_account_id = ?",
                java.sql.Timestamp.from(clock.instant().minusSeconds(1)), follower.getId());
        dispatcher.wakeUp();

        List<MimeMessage> mails = awaitMails(follower, 1);
        // The dispatcher marks the rows sent just after the server accepted the mail.
        await().atMost(DELIVERY).until(() -> outboxOf(follower).stream()
                .allMatch(row -> row.getStatus() == OutboxStatus.SENT));
        dispatcher.dispatchDue();
        assertThat(TestSmtp.receivedBy(follower.getEmail())).as("one email for the three alerts").hasSize(1);
        assertThat(mails.getFirst().getSubject())
                .isEqualTo("Your daily digest: 3 updates in the Expert Report Portal");
    }

    @Test
    void immediate_alerts_of_someone_else_are_not_swept_into_a_digest() {
        Account digestReader = account(Role.CLIENT, Locale.ENGLISH);
        Account immediateReader = account(Role.CLIENT, Locale.ENGLISH);
        currentUser.signIn(digestReader);
        preferences.choose(AlertType.COUNTRY_UPDATED, true, true);
        for (Account recipient : List.of(digestReader, immediateReader)) {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> alerts.publish(
                    Alert.about(AlertType.COUNTRY_UPDATED, recipient.getId(), PortalLink.to(PortalLink.Page.HOME), clock.instant())));
        }
        awaitMails(immediateReader, 1);
        assertThat(outboxOf(immediateReader)).singleElement().satisfies(row -> assertThat(row.isDigest()).isFalse());
        assertThat(outboxOf(digestReader)).singleElement()
                .satisfies(row -> assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING));
    }
}
