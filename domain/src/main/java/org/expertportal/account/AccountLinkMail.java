package org.expertportal.account;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.PortalLink;

/**
 * Writes the token of a single-use link at the moment its email is written, for the mail
 * dispatcher only (see docs/adr/016). The token goes into that email and nowhere else; the link
 * keeps its SHA-256. Writing the email again (a retry) makes a new token, and the older one stops
 * working. Not for views: it checks no caller because the dispatcher runs as nobody.
 */
@Named
@Transactional
public class AccountLinkMail {

    /**
     * What the email needs.
     *
     * @param link the page the link opens
     * @param token the single-use token the link carries, made now and kept nowhere else
     * @param address where the email goes when it is not the account's current address (the new
     *     address of an email change, or the old one told about it)
     */
    public record LinkForMail(PortalLink link, Optional<String> token, Optional<String> address) {}

    private final AccountLinkRepository links;
    private final Clock clock;

    public AccountLinkMail(AccountLinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /**
     * @return empty when the link can no longer be used (expired, used or replaced): the email is
     *     then not worth sending
     */
    public Optional<LinkForMail> forMail(long linkId, AlertType type) {
        Optional<AccountLink> found = links.findById(linkId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AccountLink link = found.get();
        if (type == AlertType.EMAIL_CHANGED) {
            return link.getPreviousEmail().map(previous -> new LinkForMail(PortalLink.to(PortalLink.Page.ACCOUNT), Optional.empty(), Optional.of(previous)));
        }
        if (!link.isUsable(clock.instant())) {
            return Optional.empty();
        }
        String token = LinkTokens.newToken();
        link.issue(LinkTokens.hash(token));
        links.save(link);
        return Optional.of(new LinkForMail(link.getPurpose().link(), Optional.of(token), link.getNewEmail()));
    }
}
