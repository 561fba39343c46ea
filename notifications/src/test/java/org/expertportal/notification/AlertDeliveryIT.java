package org.expertportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import org.expertportal.account.Account;
import org.expertportal.account.AccountService;
import org.expertportal.account.TestAccounts;
import org.expertportal.identity.Role;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotPermittedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Who gets which alert, in which language, from whom; and that a rolled-back change sends nothing. */
class AlertDeliveryIT extends MailTestSupport {

    @Autowired
    AccountService accountService;

    @Autowired
    NotificationAdminService adminService;

    @Autowired
    OutboxDispatcher dispatcher;

    @Test
    void a_changed_password_alerts_its_owner_once_in_english_with_a_stable_message_id() throws Exception {
        Account client = account(Role.CLIENT, null);
        Account bystander = account(Role.CLIENT, null);
        currentUser.signIn(client);

        accountService.changePassword("the current passphrase", "a brand new passphrase");

        MimeMessage mail = awaitMails(client, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Your password was changed");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("no-reply@portal.example.test");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("staff@portal.example.test");
        assertThat(mail.getRecipients(Message.RecipientType.TO)).hasSize(1);
        List<String> parts = TestSmtp.textParts(mail);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).contains("The password of your Expert Report Portal account was changed on")
                .contains("(Moscow)")
                .contains("https://portal.example.test/account/password");
        assertThat(parts.get(1)).contains("<a href=\"https://portal.example.test/account/password\"")
                .contains("If you did not change it");

        await().atMost(DELIVERY).untilAsserted(() -> assertThat(outboxOf(client)).singleElement().satisfies(row -> {
            assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(row.getType()).isEqualTo(AlertType.PASSWORD_CHANGED);
            assertThat(row.getSubject()).contains("Your password was changed");
            assertThat(mail.getMessageID()).isEqualTo(row.getMessageId());
        }));
        assertThat(outboxOf(bystander)).isEmpty();
        assertThat(TestSmtp.receivedBy(bystander.getEmail())).isEmpty();
    }

    @Test
    void the_alert_speaks_the_recipients_language() throws Exception {
        Account client = account(Role.CLIENT, Locale.of("ru"));
        currentUser.signIn(client);

        accountService.changePassword("the current passphrase", "a brand new passphrase");

        MimeMessage mail = awaitMails(client, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Ваш пароль изменён");
        List<String> parts = TestSmtp.textParts(mail);
        assertThat(parts.get(0)).contains("Пароль вашей учётной записи на Портале экспертных заключений изменён");
        assertThat(parts.get(1)).contains("lang=\"ru\"").contains("Открыть портал");
    }

    @Test
    void no_part_of_any_mail_carries_a_name_or_anything_but_the_neutral_text() throws Exception {
        Account admin = account(Role.ADMIN, null);
        currentUser.signIn(admin);
        adminService.sendTestAlertToMe();
        accountService.changePassword("the current passphrase", "a brand new passphrase");

        for (MimeMessage mail : awaitMails(admin, 2)) {
            List<String> everything = new java.util.ArrayList<>(TestSmtp.textParts(mail));
            everything.add(mail.getSubject());
            for (String text : everything) {
                assertThat(text).doesNotContain(TestAccounts.DISPLAY_NAME).doesNotContain(admin.getEmail());
                PrivacyRules.assertNoCaseContent(text);
            }
        }
    }

    @Test
    void a_test_alert_reaches_the_administrator_who_asked_and_nobody_else_may_ask() {
        Account admin = account(Role.ADMIN, null);
        Account staff = account(Role.STAFF, null);

        currentUser.signIn(staff);
        assertThatThrownBy(adminService::sendTestAlertToMe).isInstanceOf(NotPermittedException.class);
        assertThat(outboxOf(staff)).isEmpty();

        currentUser.signIn(admin);
        adminService.sendTestAlertToMe();
        assertThat(awaitMails(admin, 1)).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Test email from the Expert Report Portal"));
    }

    @Test
    void a_use_case_that_fails_after_publishing_leaves_no_alert() {
        Account client = account(Role.CLIENT, null);

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                    alerts.publish(org.expertportal.notification.Alert.about(
                            AlertType.PASSWORD_CHANGED, client.getId(), PortalLink.to(PortalLink.Page.ACCOUNT_PASSWORD), clock.instant()));
                    throw new DomainException("something.refused.after.publishing");
                }))
                .isInstanceOf(DomainException.class);

        currentUser.signIn(client);
        assertThatThrownBy(() -> accountService.changePassword("wrong", "a brand new passphrase"))
                .isInstanceOf(DomainException.class);
        assertThat(outboxOf(client)).isEmpty();
    }

    @Test
    void an_alert_cannot_be_published_outside_a_transaction() {
        Account client = account(Role.CLIENT, null);
        assertThatThrownBy(() -> alerts.publish(org.expertportal.notification.Alert.about(
                        AlertType.TEST_ALERT, client.getId(), PortalLink.to(PortalLink.Page.HOME), clock.instant())))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
        assertThat(outboxOf(client)).isEmpty();
    }

    @Test
    void an_administrator_sends_a_failed_alert_again_with_the_same_message_id() throws Exception {
        Account admin = account(Role.ADMIN, null);
        Account client = account(Role.CLIENT, null);
        // A day of failed attempts, played without the dispatcher running.
        dispatcher.stop();
        publishTestAlert(client);
        OutboxAlert row = outboxOf(client).getFirst();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> outbox.lockById(row.getId())
                .orElseThrow()
                .attemptFailed("gave up in this test", java.util.Optional.empty()));
        dispatcher.start();
        await().during(java.time.Duration.ofMillis(500)).atMost(DELIVERY)
                .until(() -> outboxOf(client).getFirst().getStatus() == OutboxStatus.FAILED);
        assertThat(TestSmtp.receivedBy(client.getEmail())).as("a failed alert waits for the administrator").isEmpty();

        currentUser.signIn(client);
        assertThatThrownBy(() -> adminService.resend(row.getId())).isInstanceOf(NotPermittedException.class);
        currentUser.signIn(admin);
        assertThat(adminService.find(new OutboxFilter(OutboxStatus.FAILED, AlertType.TEST_ALERT, null, null), 0, 1000))
                .extracting(OutboxEntry::id).contains(row.getId());
        adminService.resend(row.getId());

        MimeMessage mail = awaitMails(client, 1).getFirst();
        assertThat(mail.getMessageID()).isEqualTo(row.getMessageId());
        await().atMost(DELIVERY).until(() -> outboxOf(client).getFirst().getStatus() == OutboxStatus.SENT);
        assertThatThrownBy(() -> adminService.resend(row.getId())).hasMessage("notification.resend.only-failed");
        assertThat(adminService.find(new OutboxFilter(OutboxStatus.SENT, null, row.getCreatedAt(), null), 0, 50))
                .extracting(OutboxEntry::id).contains(row.getId());
    }
}
