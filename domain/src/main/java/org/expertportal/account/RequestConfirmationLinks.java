package org.expertportal.account;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.expertportal.identity.CurrentUser;
import org.expertportal.notification.AlertPublisher;
import org.expertportal.shared.NotFoundException;

/**
 * The single-use links that let the owner of an account confirm a request someone made with
 * their address on the public form (docs/adr/033). The same mechanism as every account link
 * (docs/adr/016): only the SHA-256 of the token is stored, made when the mail is written; the
 * link lasts as long as the request is held. A link works only for the account it was sent to,
 * signed in: anyone else (another account, a forged, used or expired link) finds nothing.
 */
@Named
@Transactional
public class RequestConfirmationLinks {

    private final AccountRepository accounts;
    private final AccountLinkRepository links;
    private final CurrentUser currentUser;
    private final AccountLinkIssuer issuer;
    private final Clock clock;

    public RequestConfirmationLinks(AccountRepository accounts, AccountLinkRepository links, CurrentUser currentUser,
            AlertPublisher alerts, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.currentUser = currentUser;
        this.issuer = new AccountLinkIssuer(links, alerts, clock);
        this.clock = clock;
    }

    /**
     * Opens a link for the account and publishes the mail that carries it, in the caller's
     * transaction.
     *
     * @return the link's id, which the held request keeps
     */
    public long open(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        return issuer.requestConfirmation(account).getId();
    }

    /**
     * The id of the link the token opens, if it is a usable request confirmation of the signed-in
     * account; empty for anything else, all alike.
     */
    public Optional<Long> usableBySignedIn(String token) {
        Optional<Long> me = currentUser.accountId();
        if (me.isEmpty() || !LinkTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return links.findByTokenHash(LinkTokens.hash(token))
                .filter(link -> link.getPurpose() == LinkPurpose.CONFIRM_REQUEST)
                .filter(link -> link.getAccountId() == me.get())
                .filter(link -> link.isUsable(now))
                .map(AccountLink::getId);
    }

    /** The link was used (confirmed or declined), or its request was erased: it stops working. */
    public void close(long linkId) {
        links.findById(linkId).filter(link -> link.getUsedAt().isEmpty()).ifPresent(link -> {
            link.use(clock.instant());
            links.save(link);
        });
    }
}
