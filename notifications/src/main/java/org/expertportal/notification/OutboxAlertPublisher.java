package org.expertportal.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.expertportal.account.Account;
import org.expertportal.account.AccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The domain's {@link AlertPublisher}: writes the alert into the outbox inside the caller's
 * transaction (there must be one), and wakes the dispatcher once that transaction has committed.
 * A rolled-back use case therefore leaves no alert, and a committed one cannot lose it. As the
 * domain's {@link AlertRecipients} it answers where an alert would go, by the same rules.
 */
@Component
class OutboxAlertPublisher implements AlertPublisher, AlertRecipients {

    private static final Logger log = LoggerFactory.getLogger(OutboxAlertPublisher.class);

    private final OutboxRepository outbox;
    private final AlertPreferences preferences;
    private final OutboxDispatcher dispatcher;
    private final MailSettings settings;
    private final AccountRepository accounts;
    private final Clock clock;

    OutboxAlertPublisher(
            OutboxRepository outbox,
            AccountRepository accounts,
            AlertPreferences preferences,
            OutboxDispatcher dispatcher,
            MailSettings settings,
            Clock clock) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.preferences = preferences;
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void publish(Alert alert) {
        // A mail to another address (an erased client's last one, an invited expert's) is not the account
        // holder's to delay or refuse, and must never join their digest: it goes at once.
        AlertPreferences.Delivery delivery = alert.lastAddress() != null ? AlertPreferences.Delivery.IMMEDIATELY
                : preferences.deliveryFor(alert.recipientAccountId(), alert.type());
        if (delivery == AlertPreferences.Delivery.NOT_AT_ALL) {
            log.debug("Alert {} not wanted by its recipient", alert.type());
            return;
        }
        Instant now = clock.instant();
        Instant due = delivery == AlertPreferences.Delivery.DAILY_DIGEST
                ? preferences.nextDigestTime(now, accounts.findById(alert.recipientAccountId())
                        .flatMap(Account::getTimeZone)
                        .orElse(settings.zone()))
                : alert.type().isGatheredPerRequest() && alert.reference() != null
                        // The request's later updates within the window join this one (docs/adr/038).
                        ? now.plus(settings.requestUpdateWindow())
                        : now;
        String messageId = "<alert." + UUID.randomUUID() + "@" + settings.messageIdDomain() + ">";
        OutboxAlert kept = outbox.save(new OutboxAlert(alert, messageId, now, due,
                delivery == AlertPreferences.Delivery.DAILY_DIGEST));
        log.info("Alert {} kept as outbox {}", alert.type(), kept.getId());
        dispatcher.wakeUpAfterCommit();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> addressesFor(Alert alert) {
        if (preferences.deliveryFor(alert.recipientAccountId(), alert.type()) == AlertPreferences.Delivery.NOT_AT_ALL) {
            return List.of();
        }
        // An account link's mail may go to another address (an email change); no preview asks for those.
        return accounts.findById(alert.recipientAccountId())
                .filter(account -> OutboxDispatcher.isReachable(account, alert.lastAddress()))
                .map(account -> OutboxDispatcher.addressOf(account, alert.lastAddress()))
                .stream().toList();
    }
}
