package org.expertportal.notification;

import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.expertportal.NotificationsTestApplication;
import org.expertportal.account.Account;
import org.expertportal.account.AccountRepository;
import org.expertportal.account.TestAccounts;
import org.expertportal.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notifications module on MariaDB with a real SMTP server. Each test class gets its own
 * context, closed afterwards, so that no other class's dispatcher competes for its alerts.
 */
@SpringBootTest(classes = NotificationsTestApplication.class)
@DirtiesContext
abstract class MailTestSupport {

    static final Duration DELIVERY = Duration.ofSeconds(30);

    @Autowired
    AccountRepository accounts;

    @Autowired
    AlertPublisher alerts;

    /** The application's clock: alerts are stamped with its time, as the use cases stamp them. */
    @Autowired
    Clock clock;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    TestCurrentUser currentUser;

    @Autowired
    PlatformTransactionManager transactionManager;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> TestSmtp.PORT);
    }

    @BeforeEach
    void startSmtp() {
        TestSmtp.start();
    }

    @AfterEach
    void stopSmtp() {
        currentUser.signOut();
        TestSmtp.stopStalling();
        TestSmtp.stop();
    }

    Account account(Role role, Locale language) {
        return TestAccounts.create(accounts, role, "the current passphrase", language, clock);
    }

    /** What a use case does: publish inside its transaction. */
    void publishTestAlert(Account recipient) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> alerts.publish(
                Alert.about(AlertType.TEST_ALERT, recipient.getId(), PortalLink.to(PortalLink.Page.ADMIN_NOTIFICATIONS), clock.instant())));
    }

    List<OutboxAlert> outboxOf(Account recipient) {
        return outbox.findByRecipientAccountId(recipient.getId());
    }

    List<MimeMessage> awaitMails(Account recipient, int count) {
        return await().atMost(DELIVERY).until(() -> TestSmtp.receivedBy(recipient.getEmail()), mails -> mails.size() >= count);
    }
}
