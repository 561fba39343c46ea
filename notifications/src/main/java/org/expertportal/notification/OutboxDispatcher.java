package org.expertportal.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.expertportal.account.Account;
import org.expertportal.account.AccountLinkMail;
import org.expertportal.account.AccountRepository;
import org.expertportal.consultation.CalendarInvite;
import org.expertportal.consultation.ConsultationInvites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox alerts over SMTP on its own thread: right after a commit that added alerts
 * ({@link #wakeUp()}) and on a fixed delay, so that alerts left by an outage or a restart go out
 * too. Each alert is claimed with {@code FOR UPDATE SKIP LOCKED} in a short transaction that
 * pushes its next attempt out by a lease, sent outside any transaction, then marked sent; several
 * dispatchers (threads or portal instances) therefore never send one alert twice; on a Galera
 * cluster, where the skip only sees the node's own locks, the slower of two claims of one alert
 * fails its commit and claims again ({@link WriteConflicts}). After a failure
 * the round ends, so that a dead or stalled server costs one timeout per round, not one per alert.
 */
@Component
public class OutboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>,;:\"]+@[^\\s<>,;:\"]+");

    private final OutboxRepository outbox;
    private final AccountRepository accounts;
    private final AccountLinkMail accountLinks;
    private final ConsultationInvites invites;
    private final AlertMailComposer composer;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ObjectProvider<SentMailArchive> archive;
    private final TransactionTemplate transactions;
    private final MailSettings settings;
    private final RetrySchedule retrySchedule;
    private final Clock clock;

    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private final AtomicBoolean warnedAboutMissingServer = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;
    private volatile boolean stopping;

    public OutboxDispatcher(
            OutboxRepository outbox,
            AccountRepository accounts,
            AccountLinkMail accountLinks,
            ConsultationInvites invites,
            AlertMailComposer composer,
            ObjectProvider<JavaMailSender> mailSender,
            ObjectProvider<SentMailArchive> archive,
            PlatformTransactionManager transactionManager,
            MailSettings settings,
            Clock clock) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.accountLinks = accountLinks;
        this.invites = invites;
        this.composer = composer;
        this.mailSender = mailSender;
        this.archive = archive;
        this.transactions = new TransactionTemplate(transactionManager);
        // No gap locks: a claim must never hold up a user's transaction that adds an alert.
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.settings = settings;
        this.retrySchedule = RetrySchedule.of(settings);
        this.clock = clock;
    }

    /**
     * Whether there is a mail server to send to: a sender, and one with a host. Where the bean
     * definitions were fixed at build time (the image's ahead-of-time processed start, docs/adr/054)
     * the sender exists whether or not {@code SPRING_MAIL_HOST} is set at run time.
     */
    static boolean configured(JavaMailSender sender) {
        return sender != null && !(sender instanceof JavaMailSenderImpl impl && (impl.getHost() == null
                || impl.getHost().isBlank()));
    }

    /** Asks for a round soon, on the dispatcher's thread; never blocks the caller. */
    public void wakeUp() {
        ScheduledExecutorService current = executor;
        if (current == null || stopping || !wakeUpQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            current.execute(() -> {
                wakeUpQueued.set(false);
                roundSafely();
            });
        } catch (RejectedExecutionException stoppedMeanwhile) {
            wakeUpQueued.set(false);
        }
    }

    /** Wakes the dispatcher once the caller's transaction has committed, when its alerts are visible. */
    void wakeUpAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wakeUp();
            }
        });
    }

    /**
     * Sends due alerts until none is left or one fails.
     *
     * @return how many alerts this round sent
     */
    public int dispatchDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!configured(sender)) {
            if (warnedAboutMissingServer.compareAndSet(false, true)) {
                log.warn("No mail server configured (SPRING_MAIL_HOST): alerts wait in the outbox");
            }
            return 0;
        }
        int sent = 0;
        while (!stopping) {
            // Across Galera nodes two claims can take the same alert; the later commit fails and tries again.
            Optional<Claimed> claimed =
                    WriteConflicts.retrying("Outbox claim", () -> transactions.execute(status -> claimNextDue()));
            if (claimed.isEmpty()) {
                break;
            }
            if (!deliver(claimed.get(), sender)) {
                break;
            }
            sent++;
        }
        return sent;
    }

    private Optional<Claimed> claimNextDue() {
        Instant now = clock.instant();
        return outbox.lockNextDue(now).map(alert -> {
            Instant leaseUntil = now.plus(settings.sendingLease());
            boolean retry = alert.getAttempts() > 0;
            alert.claim(leaseUntil);
            List<OutboxAlert> digest = new ArrayList<>(List.of(alert));
            if (alert.isGatheredPerRequest()) {
                List<OutboxAlert> companions = outbox.lockRequestCompanions(alert.getType().name(),
                        alert.getRecipientAccountId(), alert.getReference().orElseThrow(), alert.getId(), retry, now);
                companions.forEach(companion -> companion.claim(leaseUntil));
                digest.addAll(companions);
            } else if (alert.isDigest()) {
                List<OutboxAlert> companions =
                        outbox.lockDueDigestCompanions(alert.getRecipientAccountId(), now, alert.getId());
                companions.forEach(companion -> companion.claim(leaseUntil));
                digest.addAll(companions);
            }
            return new Claimed(alert.getId(), alert.getType(), alert.getRecipientAccountId(),
                    alert.getReference().orElse(null), alert.getLinkPath(), alert.getOccurredAt(),
                    alert.getAccountLinkId().orElse(null), alert.getConsultationId().orElse(null),
                    alert.getLastAddress().orElse(null), alert.getMessageId(),
                    alert.getAttempts(), alert.isDigest(),
                    digest.stream().map(OutboxAlert::getId).toList(),
                    digest.stream().map(OutboxAlert::getType).toList(),
                    alert.isGatheredPerRequest()
                            ? digest.stream().map(row -> row.getRequestChange().orElse(null)).toList()
                            : List.of());
        });
    }

    /**
     * Whether an alert can still go to this account: an enabled one, or any for the one mail
     * written to the address the account had ({@link Alert#toLastAddress}). Also what
     * {@link OutboxAlertPublisher#addressesFor} answers with, so that a preview never differs.
     */
    static boolean isReachable(Account recipient, String lastAddress) {
        return recipient.isEnabled() || lastAddress != null;
    }

    /** The address an alert to this account is written to. */
    static String addressOf(Account recipient, String lastAddress) {
        return lastAddress != null ? lastAddress : recipient.getEmail();
    }

    private boolean deliver(Claimed alert, JavaMailSender sender) {
        String subject;
        try {
            // An erasure confirmation goes to the address the account had; the account is disabled by then.
            Optional<Account> found = accounts.findById(alert.recipientAccountId())
                    .filter(account -> isReachable(account, alert.lastAddress()));
            if (found.isEmpty()) {
                // Nobody to send to, now or later: given up at once, and the round goes on with the next
                // alert (a failure ends the round, which is right for a mail server that is down, not here).
                log.info("Outbox {} ({}) dropped: its recipient is disabled or gone", alert.id(), alert.type());
                transactions.executeWithoutResult(status -> alert.ids().forEach(id -> outbox.lockById(id)
                        .ifPresent(row -> row.dropped("recipient account disabled or missing before sending"))));
                return true;
            }
            Account recipient = found.get();
            Locale language = settings.formatsOf(recipient.getPreferredLanguage(), recipient.getRegion());
            ZoneId zone = recipient.getTimeZone().orElse(settings.zone());
            String linkPath = alert.linkPath();
            String address = addressOf(recipient, alert.lastAddress());
            if (alert.accountLinkId() != null) {
                // The token is made now and exists only in this mail (docs/adr/016).
                Optional<AccountLinkMail.LinkForMail> link =
                        transactions.execute(status -> accountLinks.forMail(alert.accountLinkId(), alert.type()));
                if (link.isEmpty()) {
                    log.info("Outbox {} ({}) dropped: its link expired or was used", alert.id(), alert.type());
                    transactions.executeWithoutResult(status -> outbox.lockById(alert.id())
                            .ifPresent(row -> row.dropped("link expired or already used before sending")));
                    return true;
                }
                linkPath = link.get().token()
                        .map(token -> PortalPaths.withToken(link.get().link(), token))
                        .orElseGet(() -> PortalPaths.of(link.get().link()));
                address = link.get().address().orElse(address);
            }
            var mail = alert.digest()
                    ? composer.composeDigest(language, zone, alert.digestTypes(), clock.instant())
                    : !alert.changes().isEmpty()
                            ? composer.composeRequestUpdates(language, zone, alert.reference(), linkPath,
                                    alert.occurredAt(), alert.changes())
                            : composer.compose(alert.type(), language, zone, alert.reference(), linkPath,
                                    alert.occurredAt());
            subject = mail.subject();
            MimeMessage message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.from());
            helper.setReplyTo(settings.replyTo());
            helper.setTo(address);
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            if (alert.consultationId() != null && !alert.digest()) {
                // Written now, from the consultation as it stands: a late mail never restores an old time.
                Optional<CalendarInvite> invite = transactions.execute(
                        status -> invites.forRecipient(alert.consultationId(), alert.recipientAccountId()));
                if (invite.isPresent()) {
                    String method = CalendarInviteWriter.method(invite.get());
                    String ics = CalendarInviteWriter.write(invite.get(),
                            composer.consultationSummary(language, alert.reference()), settings.from(), address);
                    helper.addAttachment("invite.ics",
                            new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)),
                            "text/calendar; charset=UTF-8; method=" + method);
                }
            }
            message.setSentDate(Date.from(clock.instant()));
            // The same Message-ID on every attempt: a receiving server can drop a repeat.
            message.setHeader("Message-ID", alert.messageId());
            message.setHeader("Auto-Submitted", "auto-generated");
            sender.send(message);
            archive.ifAvailable(kept -> kept.keep(alert.id(), message));
        } catch (MessagingException | RuntimeException e) {
            String error = describe(e);
            log.warn("Outbox {} ({}) attempt {} failed: {}", alert.id(), alert.type(), alert.attempt(), error);
            // One time for all the rows of a gathered email: they come due again together, as one email.
            Instant failedAt = clock.instant();
            transactions.executeWithoutResult(status -> alert.ids().forEach(id -> recordFailure(id, error, failedAt)));
            return false;
        }
        WriteConflicts.retrying("Outbox sent", () -> {
            transactions.executeWithoutResult(status -> alert.ids().forEach(id ->
                    outbox.lockById(id).ifPresent(row -> row.sent(subject, clock.instant()))));
            return null;
        });
        log.info("Outbox {} ({}) sent{}", alert.ids(), alert.type(),
                alert.digest() ? " as one digest" : alert.ids().size() > 1 ? " as one email" : "");
        return true;
    }

    /** Schedules the next attempt, or gives up; unless an administrator changed the alert meanwhile. */
    private void recordFailure(long id, String error, Instant failedAt) {
        outbox.lockById(id).filter(row -> row.getStatus() == OutboxStatus.PENDING).ifPresent(row -> {
            row.attemptFailed(error, retrySchedule.nextAttempt(row.getAttempts(), row.getPendingSince(), failedAt));
            if (row.getStatus() == OutboxStatus.FAILED) {
                log.error("Outbox {} ({}) marked FAILED after {} attempts", id, row.getType(), row.getAttempts());
            }
        });
    }

    /** The error for logs and the admin page, without any mail address it may quote. */
    static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage()
                + (cause == e ? "" : " / " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
        return ADDRESS.matcher(text).replaceAll("<address>");
    }

    private void roundSafely() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            // The next round tries again; a crash here must not end the schedule.
            log.error("Dispatcher round failed: {}", describe(e));
        }
    }

    @Override
    public void start() {
        stopping = false;
        var started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mail-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.pollInterval().toMillis();
        started.scheduleWithFixedDelay(this::roundSafely, 0, interval, TimeUnit.MILLISECONDS);
        executor = started;
    }

    /**
     * Gives the alert being sent a few seconds to finish, so that it is marked sent rather than sent
     * again later. A send cut short stays claimed until its lease runs out, then goes out again
     * with the same Message-ID. Waiting longer would hold up shutdown when the database is gone.
     */
    @Override
    public void stop() {
        stopping = true;
        ScheduledExecutorService current = executor;
        executor = null;
        if (current == null) {
            return;
        }
        current.shutdown();
        try {
            if (!current.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                current.shutdownNow();
            }
        } catch (InterruptedException e) {
            current.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /**
     * What a claim hands over to the send, outside the claiming transaction. A digest carries the
     * ids and types of every alert it gathers; the first one's Message-ID names the email. A
     * request's gathered updates carry their kinds of change (null for one kept before they had one).
     */
    private record Claimed(
            long id,
            AlertType type,
            long recipientAccountId,
            String reference,
            String linkPath,
            Instant occurredAt,
            Long accountLinkId,
            Long consultationId,
            String lastAddress,
            String messageId,
            int attempt,
            boolean digest,
            List<Long> ids,
            List<AlertType> digestTypes,
            List<RequestChange> changes) {}
}
