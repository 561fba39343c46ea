package org.expertportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Alerts still waiting when the portal stops go out after it starts again. */
class RestartIT {

    @AfterEach
    void stopSmtp() {
        TestSmtp.stop();
    }

    @Test
    void alerts_pending_when_the_portal_stops_are_delivered_by_the_next_start() {
        Account client;
        try (ConfigurableApplicationContext before = start()) {
            AccountRepository accounts = before.getBean(AccountRepository.class);
            Clock clock = before.getBean(Clock.class);
            client = TestAccounts.create(accounts, Role.CLIENT, "the current passphrase", Locale.ENGLISH, clock);
            var transactions = new TransactionTemplate(before.getBean(PlatformTransactionManager.class));
            AlertPublisher alerts = before.getBean(AlertPublisher.class);
            for (int i = 0; i < 5; i++) {
                transactions.executeWithoutResult(status -> alerts.publish(
                        Alert.about(AlertType.TEST_ALERT, client.getId(), PortalLink.to(PortalLink.Page.HOME), clock.instant())));
            }
            // The mail server is down: the first portal tries and keeps them.
            await().atMost(MailTestSupport.DELIVERY).until(() -> rows(before, client).stream()
                    .anyMatch(row -> row.getAttempts() > 0));
        }

        TestSmtp.start();
        try (ConfigurableApplicationContext after = start()) {
            await().atMost(MailTestSupport.DELIVERY).until(() -> rows(after, client).stream()
                    .allMatch(row -> row.getStatus() == OutboxStatus.SENT));
            assertThat(TestSmtp.receivedBy(client.getEmail())).hasSize(5);
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
