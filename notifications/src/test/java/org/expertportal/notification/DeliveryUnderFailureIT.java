package org.expertportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.expertportal.account.Account;
import org.expertportal.account.AccountService;
import org.expertportal.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A mail server that is down, hangs, or is raced for: every alert still arrives exactly once. */
class DeliveryUnderFailureIT extends MailTestSupport {

    @Autowired
    AccountService accountService;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void alerts_for_a_disabled_recipient_are_dropped_at_once_and_hold_up_nobody_else() {
        Account disabled = account(Role.STAFF, null);
        Account client = account(Role.CLIENT, null);
        jdbc.update("update account set enabled = false where id = ?", disabled.getId());

        for (int i = 0; i < 20; i++) {
            publishTestAlert(disabled);
        }
        publishTestAlert(client);

        assertThat(awaitMails(client, 1)).hasSize(1);
        await().atMost(DELIVERY).until(() -> outboxOf(disabled).stream()
                .allMatch(row -> row.getStatus() == OutboxStatus.FAILED));
        assertThat(outboxOf(disabled)).hasSize(20).allSatisfy(row -> {
            assertThat(row.getLastError()).hasValueSatisfying(error -> assertThat(error).contains("disabled"));
            assertThat(row.getAttempts()).as("claimed once and given up, never retried").isEqualTo(1);
        });
        assertThat(TestSmtp.receivedBy(disabled.getEmail())).isEmpty();
    }

    @Test
    void alerts_produced_while_the_mail_server_is_down_are_all_delivered_once_when_it_is_back() {
        Account client = account(Role.CLIENT, null);
        TestSmtp.stop();

        for (int i = 0; i < 100; i++) {
            publishTestAlert(client);
        }
        // The dispatcher has tried and failed, and nothing is lost.
        await().atMost(DELIVERY).until(() -> outboxOf(client).stream().anyMatch(row -> row.getLastError().isPresent()));
        assertThat(outboxOf(client)).hasSize(100).allMatch(row -> row.getStatus() == OutboxStatus.PENDING);

        TestSmtp.start();

        await().atMost(Duration.ofSeconds(60)).until(
                () -> outboxOf(client).stream().allMatch(row -> row.getStatus() == OutboxStatus.SENT));
        List<MimeMessage> mails = TestSmtp.receivedBy(client.getEmail());
        assertThat(mails).hasSize(100);
        assertEachOnce(mails, client);
    }

    @Test
    void a_hung_mail_server_does_not_slow_the_user_and_the_dispatcher_times_out_and_retries() {
        Account client = account(Role.CLIENT, null);
        TestSmtp.stall();
        currentUser.signIn(client);

        long started = System.nanoTime();
        accountService.changePassword("the current passphrase", "a brand new passphrase");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isLessThan(Duration.ofSeconds(1));

        await().atMost(DELIVERY).untilAsserted(() -> assertThat(outboxOf(client)).singleElement().satisfies(row -> {
            assertThat(row.getAttempts()).isGreaterThanOrEqualTo(2);
            assertThat(row.getLastError()).hasValueSatisfying(error -> assertThat(error).containsIgnoringCase("timed out"));
            assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING);
        }));

        TestSmtp.stopStalling();
        TestSmtp.start();
        assertThat(awaitMails(client, 1)).hasSize(1);
        await().atMost(DELIVERY).until(() -> outboxOf(client).getFirst().getStatus() == OutboxStatus.SENT);
        assertThat(TestSmtp.receivedBy(client.getEmail())).hasSize(1);
    }

    @Test
    void two_dispatchers_running_at_once_send_each_alert_once() throws Exception {
        Account client = account(Role.CLIENT, null);
        dispatcher.stop();
        try {
            for (int i = 0; i < 60; i++) {
                publishTestAlert(client);
            }
            OutboxDispatcher first = context.getAutowireCapableBeanFactory().createBean(OutboxDispatcher.class);
            OutboxDispatcher second = context.getAutowireCapableBeanFactory().createBean(OutboxDispatcher.class);
            CountDownLatch go = new CountDownLatch(1);
            var a = CompletableFuture.supplyAsync(() -> awaitThen(go, first::dispatchDue));
            var b = CompletableFuture.supplyAsync(() -> awaitThen(go, second::dispatchDue));
            go.countDown();

            assertThat(a.get() + b.get()).as("sent by the two together").isEqualTo(60);
            List<MimeMessage> mails = awaitMails(client, 60);
            assertThat(mails).hasSize(60);
            assertEachOnce(mails, client);
        } finally {
            dispatcher.start();
        }
    }

    private static int awaitThen(CountDownLatch go, java.util.function.IntSupplier work) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return work.getAsInt();
    }

    private void assertEachOnce(List<MimeMessage> mails, Account client) {
        Map<String, Long> byMessageId = mails.stream().collect(Collectors.groupingBy(DeliveryUnderFailureIT::messageId,
                Collectors.counting()));
        assertThat(byMessageId.values()).allMatch(count -> count == 1);
        List<String> expected = new ArrayList<>(outboxOf(client).stream().map(OutboxAlert::getMessageId).toList());
        assertThat(byMessageId.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
