package org.expertportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.expertportal.account.Account;
import org.expertportal.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A request's gathered updates (docs/adr/038) keep the outbox's guarantees: a failed email is
 * retried with its Message-ID and the same updates, never with news it lacked; two dispatchers
 * at once send each request's email once. The background dispatcher is stopped so that each
 * round here is the test's own.
 */
class RequestUpdateWindowIT extends MailTestSupport {

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    /** A dispatcher without a thread of its own: it sends when the test calls it. */
    private OutboxDispatcher rounds;

    @BeforeEach
    void onlyTheTestDispatches() {
        dispatcher.stop();
        rounds = context.getAutowireCapableBeanFactory().createBean(OutboxDispatcher.class);
    }

    @AfterEach
    void dispatcherBack() {
        dispatcher.start();
    }

    @Test
    void a_failed_gathered_email_is_retried_with_its_message_id_and_a_later_update_waits_for_its_own() throws Exception {
        Account client = account(Role.CLIENT, Locale.ENGLISH);
        String reference = reference();
        TestSmtp.stop();
        update(client, reference, RequestChange.REPLY);
        update(client, reference, RequestChange.EXPERT_ASSIGNED);
        update(client, reference, RequestChange.REPLY);
        windowEnds(client);
        assertThat(rounds.dispatchDue()).isZero();
        List<OutboxAlert> failed = outboxOf(client);
        assertThat(failed).hasSize(3).allSatisfy(row -> {
            assertThat(row.getAttempts()).isEqualTo(1);
            assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(row.getNextAttemptAt()).isEqualTo(failed.getFirst().getNextAttemptAt());
        });
        String firstMessageId = failed.getFirst().getMessageId();

        // News while the email waits for its retry.
        update(client, reference, RequestChange.DOCUMENT_SHARED);
        TestSmtp.start();
        jdbc.update("update notification_outbox set next_attempt_at = ? where recipient_account_id = ? and attempts > 0",
                Timestamp.from(clock.instant().minusSeconds(1)), client.getId());
        assertThat(rounds.dispatchDue()).isEqualTo(1);
        List<MimeMessage> mails = TestSmtp.receivedBy(client.getEmail());
        assertThat(mails).hasSize(1);
        assertThat(messageId(mails.getFirst())).isEqualTo(firstMessageId);
        assertThat(String.join("\n", TestSmtp.textParts(mails.getFirst())))
                .contains("A reply from our staff (2)").contains("An expert was assigned (1)")
                .doesNotContain("A document shared with you");
        assertThat(outboxOf(client)).filteredOn(row -> row.getStatus() == OutboxStatus.PENDING).singleElement()
                .satisfies(row -> assertThat(row.getRequestChange()).contains(RequestChange.DOCUMENT_SHARED));

        windowEnds(client);
        assertThat(rounds.dispatchDue()).isEqualTo(1);
        mails = TestSmtp.receivedBy(client.getEmail());
        assertThat(mails).hasSize(2);
        assertThat(messageId(mails.get(1))).isNotEqualTo(firstMessageId);
        assertThat(String.join("\n", TestSmtp.textParts(mails.get(1)))).contains("A document shared with you (1)");
    }

    @Test
    void two_dispatchers_at_once_send_each_requests_email_once_with_all_its_updates() throws Exception {
        Account client = account(Role.CLIENT, Locale.ENGLISH);
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String reference = reference();
            references.add(reference);
            for (RequestChange change : List.of(RequestChange.REPLY, RequestChange.STATUS, RequestChange.REPLY)) {
                update(client, reference, change);
            }
        }
        windowEnds(client);
        OutboxDispatcher first = context.getAutowireCapableBeanFactory().createBean(OutboxDispatcher.class);
        OutboxDispatcher second = context.getAutowireCapableBeanFactory().createBean(OutboxDispatcher.class);
        CountDownLatch go = new CountDownLatch(1);
        var a = CompletableFuture.supplyAsync(() -> awaitThen(go, first::dispatchDue));
        var b = CompletableFuture.supplyAsync(() -> awaitThen(go, second::dispatchDue));
        go.countDown();

        assertThat(a.get() + b.get()).as("one email per request").isEqualTo(20);
        List<MimeMessage> mails = TestSmtp.receivedBy(client.getEmail());
        assertThat(mails).hasSize(20);
        assertThat(mails).extracting(RequestUpdateWindowIT::subject).containsExactlyInAnyOrderElementsOf(
                references.stream().map(reference -> "News on your request " + reference).toList());
        for (MimeMessage mail : mails) {
            assertThat(String.join("\n", TestSmtp.textParts(mail)))
                    .contains("A reply from our staff (2)").contains("The request moved to a new stage (1)");
        }
        assertThat(outboxOf(client)).hasSize(60).allMatch(row -> row.getStatus() == OutboxStatus.SENT);
    }

    private void update(Account client, String reference, RequestChange change) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                alerts.publish(Alert.requestUpdated(client.getId(), reference, clock.instant(), change)));
    }

    /** The window passes: what the rows' due time says, as a clock ten minutes on would. */
    private void windowEnds(Account client) {
        jdbc.update("update notification_outbox set next_attempt_at = ? where recipient_account_id = ? and attempts = 0",
                Timestamp.from(clock.instant().minusSeconds(1)), client.getId());
    }

    /** A reference of this run's own: unique within the run, and apart from other runs' by a random start. */
    private static String reference() {
        return "ER-2026-8" + String.format("%05d", (RUN + REFERENCES.incrementAndGet()) % 100_000);
    }

    private static final long RUN = ThreadLocalRandom.current().nextInt(100_000);
    private static final AtomicInteger REFERENCES = new AtomicInteger();

    private static int awaitThen(CountDownLatch go, IntSupplier work) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return work.getAsInt();
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
