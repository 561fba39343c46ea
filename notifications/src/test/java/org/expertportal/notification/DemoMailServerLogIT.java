package org.expertportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.expertportal.NotificationsTestApplication;
import org.expertportal.account.Account;
import org.expertportal.account.AccountRepository;
import org.expertportal.account.TestAccounts;
import org.expertportal.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo profile's mail server (GreenMail in-process) receives every mail the portal sends; its
 * log lines, like the portal's own, carry no email address (issue #14, README "Email alerts").
 */
@SpringBootTest(classes = NotificationsTestApplication.class, properties = "portal.mail.embedded-server=true")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class DemoMailServerLogIT {

    private static final Pattern ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    @Autowired
    AccountRepository accounts;

    @Autowired
    AlertPublisher alerts;

    @Autowired
    Clock clock;

    @Autowired
    GreenMail demoMailServer;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void delivering_to_the_demo_mail_server_logs_no_address(CapturedOutput output) {
        Account recipient = TestAccounts.create(accounts, Role.CLIENT, "the current passphrase", Locale.ENGLISH, clock);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> alerts.publish(Alert.about(
                AlertType.TEST_ALERT,
                recipient.getId(),
                PortalLink.to(PortalLink.Page.ADMIN_NOTIFICATIONS),
                clock.instant())));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(demoMailServer.getReceivedMessagesForDomain(recipient.getEmail()))
                        .hasSize(1));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getAll())
                .contains("(" + AlertType.TEST_ALERT + ") sent"));

        assertThat(output.getAll()).doesNotContain(recipient.getEmail());
        assertThat(ADDRESS.matcher(output.getAll()).results().map(match -> match.group()).toList())
                .as("email addresses in the log")
                .isEmpty();
    }
}
