package org.expertportal.account;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.expertportal.identity.Role;
import org.expertportal.notification.AlertPublisher;
import org.expertportal.shared.DomainException;

/**
 * Gives a person who asks for a report through the public form a client account, without telling
 * anyone whether they had one. Called by the intake use case for an anonymous visitor, inside its
 * transaction: if that transaction rolls back, neither the account nor the invitation exists.
 */
@Named
@Transactional
public class ClientAccountOnboarding {

    /** The client's account, and whether this call created it (and sent an invitation). */
    public record OnboardedClient(long accountId, boolean created) {}

    private final AccountRepository accounts;
    private final AccountLinkIssuer issuer;
    private final Clock clock;

    public ClientAccountOnboarding(
            AccountRepository accounts, AccountLinkRepository links, AlertPublisher alerts, Clock clock) {
        this.accounts = accounts;
        this.issuer = new AccountLinkIssuer(links, alerts, clock);
        this.clock = clock;
    }

    /**
     * If no account has this email, creates a CLIENT account without a password and sends it an
     * invitation (a link to choose one, valid 72 hours). If an account has it, changes nothing and
     * sends nothing: the caller's own email tells the person to sign in. The caller must answer
     * the visitor the same way in both cases.
     *
     * @param language the visitor's language; kept only if the portal is translated into it
     * @param zone the visitor's time zone, or null for the portal's default
     */
    public OnboardedClient ensureClientAccount(String email, String displayName, Locale language, ZoneId zone) {
        if (!EmailAddresses.isPlausible(email)) {
            throw new DomainException("account.email.invalid");
        }
        String name = DisplayNames.checked(displayName);
        var existing = accounts.findByEmail(EmailAddresses.normalise(email));
        if (existing.isPresent()) {
            return new OnboardedClient(existing.get().getId(), false);
        }
        Account account = new Account(email, name, Role.CLIENT, clock.instant());
        if (language != null && AccountService.SUPPORTED_LANGUAGES.contains(language.getLanguage())) {
            account.setPreferredLanguage(Locale.forLanguageTag(language.getLanguage()));
        }
        account.setTimeZone(zone);
        account = accounts.save(account);
        issuer.invite(account);
        return new OnboardedClient(account.getId(), true);
    }
}
