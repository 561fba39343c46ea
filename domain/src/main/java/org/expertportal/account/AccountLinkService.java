package org.expertportal.account;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.expertportal.identity.CurrentUser;
import org.expertportal.notification.Alert;
import org.expertportal.notification.AlertPublisher;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.PortalLink;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotPermittedException;

/**
 * The use cases behind single-use links (docs/adr/016): asking for a password reset, choosing a
 * password with an invitation or reset link, and changing one's email address, confirmed from the
 * new address. Answers never tell whether an address has an account; an expired, used and forged
 * link are refused alike.
 */
@Named
@Transactional
public class AccountLinkService {

    /** Reset requests allowed per address typed, and per client network address, within {@link #RESET_WINDOW}. */
    static final int RESETS_PER_ADDRESS = 3;
    static final int RESETS_PER_CLIENT = 20;
    static final Duration RESET_WINDOW = Duration.ofHours(1);
    private static final Duration KEEP = Duration.ofHours(24);

    private final AccountRepository accounts;
    private final AccountLinkRepository links;
    private final LinkRequestRepository requests;
    private final PasswordHasher passwordHasher;
    private final CurrentUser currentUser;
    private final AlertPublisher alerts;
    private final SessionService sessions;
    private final AccountLinkIssuer issuer;
    private final Clock clock;

    public AccountLinkService(
            AccountRepository accounts,
            AccountLinkRepository links,
            LinkRequestRepository requests,
            PasswordHasher passwordHasher,
            CurrentUser currentUser,
            AlertPublisher alerts,
            SessionService sessions,
            Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.requests = requests;
        this.passwordHasher = passwordHasher;
        this.currentUser = currentUser;
        this.alerts = alerts;
        this.sessions = sessions;
        this.issuer = new AccountLinkIssuer(links, alerts, clock);
        this.clock = clock;
    }

    /**
     * Sends a reset link (valid one hour) if an enabled account has the address, and nothing
     * otherwise; the caller answers the same either way. Requests are limited per address and per
     * client network address whether or not the address has an account, so the limit tells nothing
     * either.
     *
     * @param clientAddress the requesting browser's network address, or null when unknown
     */
    public void requestPasswordReset(String email, String clientAddress) {
        if (!EmailAddresses.isPlausible(email)) {
            throw new DomainException("account.email.invalid");
        }
        Instant now = clock.instant();
        String addressKey = SignInThrottle.key(email);
        boolean tooMany = requests.countBySubjectAndSubjectHashAndRequestedAtAfter(
                        SignInFailure.Subject.ACCOUNT, addressKey, now.minus(RESET_WINDOW)) >= RESETS_PER_ADDRESS
                || clientAddress != null && requests.countBySubjectAndSubjectHashAndRequestedAtAfter(
                        SignInFailure.Subject.CLIENT_ADDRESS, SignInThrottle.key(clientAddress),
                        now.minus(RESET_WINDOW)) >= RESETS_PER_CLIENT;
        if (tooMany) {
            throw new DomainException("password-reset.throttled");
        }
        requests.save(new LinkRequest(SignInFailure.Subject.ACCOUNT, addressKey, now));
        if (clientAddress != null) {
            requests.save(new LinkRequest(SignInFailure.Subject.CLIENT_ADDRESS, SignInThrottle.key(clientAddress), now));
        }
        requests.deleteByRequestedAtBefore(now.minus(KEEP));
        accounts.findByEmail(EmailAddresses.normalise(email))
                .filter(Account::isEnabled)
                .ifPresent(issuer::passwordReset);
    }

    /**
     * What a link from an email is for, if it can still be used; empty for an expired, used,
     * replaced or forged link, which the page shows all alike.
     */
    public Optional<LinkPurpose> usablePurpose(String token) {
        return usable(token).map(AccountLink::getPurpose);
    }

    /**
     * Sets the password of the account an invitation or reset link belongs to, uses up the link and
     * ends every session of the account (but the one the link was opened in, if it is the
     * account's): whoever signed in with the old password is out. Signs nobody in: the person then signs in with the new password (docs/adr/016). A
     * refused password leaves the link usable, so the person can try another.
     */
    public void setPasswordWithLink(String token, String newPassword) {
        AccountLink link = usable(token)
                .filter(found -> found.getPurpose().setsPassword())
                .orElseThrow(() -> new DomainException("account-link.invalid"));
        Account account = accounts.findById(link.getAccountId())
                .filter(Account::isEnabled)
                .orElseThrow(() -> new DomainException("account-link.invalid"));
        PasswordPolicy.refusal(newPassword, account.getEmail()).ifPresent(key -> {
            throw new DomainException(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        Instant now = clock.instant();
        boolean hadPassword = account.getPasswordHash().isPresent();
        account.setPassword(passwordHasher.hash(newPassword), false);
        accounts.save(account);
        link.use(now);
        links.save(link);
        // Any other open invitation or reset link would set the password again: it stops working.
        links.findByAccountIdAndUsedAtIsNull(account.getId()).stream()
                .filter(other -> other.getPurpose().setsPassword())
                .forEach(other -> {
                    other.use(now);
                    links.save(other);
                });
        sessions.endOtherSessionsOf(account.getId(), "password reset");
        if (hadPassword) {
            alerts.publish(Alert.about(AlertType.PASSWORD_CHANGED, account.getId(), PortalLink.to(PortalLink.Page.ACCOUNT_PASSWORD), now));
        }
    }

    /**
     * Starts changing the signed-in person's email: needs the current password, and sends a
     * confirmation link (valid 24 hours) to the new address. Nothing changes until it is used. An
     * address that another account has gets no mail, and the answer is the same, so that this form
     * cannot be used to find out who has an account.
     */
    public void requestEmailChange(String currentPassword, String newEmail) {
        Account account = accounts.findById(currentUser.requireAccountId())
                .orElseThrow(NotPermittedException::new);
        boolean currentMatches = account.getPasswordHash()
                .map(hash -> passwordHasher.matches(currentPassword == null ? "" : currentPassword, hash))
                .orElse(false);
        if (!currentMatches) {
            throw new DomainException("password.refused.current-wrong");
        }
        if (!EmailAddresses.isPlausible(newEmail)) {
            throw new DomainException("account.email.invalid");
        }
        String normalised = EmailAddresses.normalise(newEmail);
        if (normalised.equals(account.getEmail())) {
            throw new DomainException("email-change.same-as-current");
        }
        if (accounts.findByEmail(normalised).isPresent()) {
            return;
        }
        issuer.emailChange(account, normalised);
    }

    /**
     * Confirms an email change from the link sent to the new address: the account's address
     * changes, the old address is told, and every other session of the account ends (the one the
     * link was opened in goes on, if it is the account's).
     */
    public void confirmEmailChange(String token) {
        AccountLink link = usable(token)
                .filter(found -> found.getPurpose() == LinkPurpose.EMAIL_CHANGE)
                .orElseThrow(() -> new DomainException("account-link.invalid"));
        Account account = accounts.findById(link.getAccountId())
                .filter(Account::isEnabled)
                .orElseThrow(() -> new DomainException("account-link.invalid"));
        String newEmail = link.getNewEmail().orElseThrow();
        if (accounts.findByEmail(newEmail).isPresent()) {
            throw new DomainException("email-change.taken");
        }
        Instant now = clock.instant();
        String previous = account.getEmail();
        account.changeEmail(newEmail);
        accounts.save(account);
        link.confirmEmailChange(previous, now);
        links.save(link);
        sessions.endOtherSessionsOf(account.getId(), "email changed");
        alerts.publish(Alert.withAccountLink(AlertType.EMAIL_CHANGED, account.getId(), PortalLink.to(PortalLink.Page.ACCOUNT), now, link.getId()));
    }

    private Optional<AccountLink> usable(String token) {
        if (!LinkTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return links.findByTokenHash(LinkTokens.hash(token)).filter(link -> link.isUsable(now));
    }
}
