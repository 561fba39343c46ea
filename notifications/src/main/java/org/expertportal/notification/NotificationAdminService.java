package org.expertportal.notification;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with the outbox: watch it, send a failed alert again, and send
 * themselves a test alert to check the mail settings. Administrators only.
 */
@Service
@Transactional
public class NotificationAdminService {

    private static final Logger log = LoggerFactory.getLogger(NotificationAdminService.class);

    private final OutboxRepository outbox;
    private final AlertPublisher alerts;
    private final OutboxDispatcher dispatcher;
    private final CurrentUser currentUser;
    private final MailSettings settings;
    private final Clock clock;

    NotificationAdminService(
            OutboxRepository outbox,
            AlertPublisher alerts,
            OutboxDispatcher dispatcher,
            CurrentUser currentUser,
            MailSettings settings,
            Clock clock) {
        this.outbox = outbox;
        this.alerts = alerts;
        this.dispatcher = dispatcher;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    /** The time zone the portal shows mail times in. */
    public ZoneId timeZone() {
        return settings.zone();
    }

    /** Newest first, one page of the rows the filter matches. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> find(OutboxFilter filter, int page, int pageSize) {
        requireAdmin();
        return outbox.search(filter.status(), filter.type(), filter.from(), filter.until(),
                        PageRequest.of(page, pageSize))
                .stream()
                .map(OutboxEntry::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(OutboxFilter filter) {
        requireAdmin();
        return outbox.countMatching(filter.status(), filter.type(), filter.from(), filter.until());
    }

    /** Puts a failed alert back in the queue, with a new day of retries; the same Message-ID. */
    public void resend(long outboxId) {
        requireAdmin();
        OutboxAlert alert = outbox.lockById(outboxId).orElseThrow(NotFoundException::new);
        if (alert.getStatus() != OutboxStatus.FAILED) {
            throw new DomainException("notification.resend.only-failed");
        }
        alert.resend(clock.instant());
        log.info("Outbox {} ({}) queued again by an administrator", alert.getId(), alert.getType());
        dispatcher.wakeUpAfterCommit();
    }

    /** A test alert to the signed-in administrator, through the same outbox as every alert. */
    public void sendTestAlertToMe() {
        requireAdmin();
        alerts.publish(Alert.about(AlertType.TEST_ALERT, currentUser.requireAccountId(), PortalLink.to(PortalLink.Page.ADMIN_NOTIFICATIONS),
                clock.instant()));
    }

    private void requireAdmin() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException();
        }
    }
}
