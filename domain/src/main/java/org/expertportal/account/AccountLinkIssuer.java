package org.expertportal.account;

import java.time.Clock;
import java.time.Instant;
import org.expertportal.notification.Alert;
import org.expertportal.notification.AlertPublisher;
import org.expertportal.notification.AlertType;

/**
 * Opens a single-use link and publishes the alert whose mail will carry it, in the caller's
 * transaction. A new link makes the person's older open links of the same kind useless, so that
 * only the latest email works. Shared by the use cases that send links; not a bean of its own.
 */
final class AccountLinkIssuer {

    private final AccountLinkRepository links;
    private final AlertPublisher alerts;
    private final Clock clock;

    AccountLinkIssuer(AccountLinkRepository links, AlertPublisher alerts, Clock clock) {
        this.links = links;
        this.alerts = alerts;
        this.clock = clock;
    }

    AccountLink invite(Account account) {
        return open(account, LinkPurpose.INVITATION, null, AlertType.ACCOUNT_INVITATION);
    }

    AccountLink passwordReset(Account account) {
        return open(account, LinkPurpose.PASSWORD_RESET, null, AlertType.PASSWORD_RESET);
    }

    AccountLink emailChange(Account account, String newEmail) {
        return open(account, LinkPurpose.EMAIL_CHANGE, newEmail, AlertType.EMAIL_CHANGE_CONFIRMATION);
    }

    /** A request held until the account's owner confirms it (docs/adr/033); the mail carries the link only. */
    AccountLink requestConfirmation(Account account) {
        return open(account, LinkPurpose.CONFIRM_REQUEST, null, AlertType.HELD_REQUEST_CONFIRMATION);
    }

    private AccountLink open(Account account, LinkPurpose purpose, String newEmail, AlertType type) {
        Instant now = clock.instant();
        links.findByAccountIdAndUsedAtIsNull(account.getId()).stream()
                .filter(older -> purpose.replaces(older.getPurpose()))
                .forEach(older -> {
                    older.use(now);
                    links.save(older);
                });
        AccountLink link = links.save(new AccountLink(account.getId(), purpose, newEmail, now));
        alerts.publish(Alert.withAccountLink(type, account.getId(), purpose.link(), now, link.getId()));
        return link;
    }
}
