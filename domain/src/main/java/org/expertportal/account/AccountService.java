package org.expertportal.account;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.expertportal.audit.AuditAction;
import org.expertportal.audit.AuditTarget;
import org.expertportal.audit.AuditTrail;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.locale.PersonLocale;
import org.expertportal.locale.PortalLanguages;
import org.expertportal.notification.Alert;
import org.expertportal.notification.AlertPublisher;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.PortalLink;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;

/**
 * Use cases on the signed-in person's own account, and the one-time creation of the first
 * administrator. Every method works on the caller's account only: there is no account id to
 * pass, so there is none to guess.
 */
@Named
@Transactional
public class AccountService {

    /** Languages the portal is translated into; others fall back to English. */
    public static final Set<String> SUPPORTED_LANGUAGES = PortalLanguages.ALL.stream()
            .map(Locale::getLanguage)
            .collect(Collectors.toUnmodifiableSet());

    private final AccountRepository accounts;
    private final PasswordHasher passwordHasher;
    private final CurrentUser currentUser;
    private final AlertPublisher alerts;
    private final AuditTrail audit;
    private final SessionService sessions;
    private final Clock clock;

    public AccountService(
            AccountRepository accounts,
            PasswordHasher passwordHasher,
            CurrentUser currentUser,
            AlertPublisher alerts,
            AuditTrail audit,
            SessionService sessions,
            Clock clock) {
        this.accounts = accounts;
        this.passwordHasher = passwordHasher;
        this.currentUser = currentUser;
        this.alerts = alerts;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** What the header shows and what the session needs after sign-in. */
    public Optional<AccountSummary> currentAccount() {
        return currentUser.accountId().flatMap(accounts::findById).map(AccountSummary::of);
    }

    public void changeLanguage(Locale locale) {
        if (locale == null || !SUPPORTED_LANGUAGES.contains(locale.getLanguage())) {
            throw new DomainException("language.unsupported");
        }
        Account account = requireCurrent();
        account.setPreferredLanguage(Locale.forLanguageTag(locale.getLanguage()));
        accounts.save(account);
    }

    /** The zone in which emails and pages show this person's times; null returns to the default. */
    public void changeTimeZone(ZoneId zone) {
        Account account = requireCurrent();
        account.setTimeZone(zone);
        accounts.save(account);
    }

    /**
     * The region whose date and time formats the caller reads (an ISO 3166 code such as GB or US);
     * null returns to following the browser.
     */
    public void changeRegion(String region) {
        if (region != null && !PersonLocale.isRegion(region)) {
            throw new DomainException("region.unknown");
        }
        Account account = requireCurrent();
        account.setRegion(region == null ? null : PersonLocale.normalise(region));
        accounts.save(account);
    }

    /** The caller's sign-in address, shown on their own account page only. */
    public String currentEmail() {
        return requireCurrent().getEmail();
    }

    /** The name the portal shows for the caller (to staff, and to colleagues of an organisation). */
    public void rename(String displayName) {
        Account account = requireCurrent();
        account.rename(DisplayNames.checked(displayName));
        accounts.save(account);
    }

    /**
     * Replaces the caller's password, ends every other session of the account (the one in use goes
     * on) and tells them by email, so that a password changed by someone else does not go
     * unnoticed. The alert is a security alert: it cannot be switched off.
     */
    public void changePassword(String currentPassword, String newPassword) {
        long accountId = currentUser.requireAccountId();
        Account account = requireCurrent();
        boolean currentMatches = account.getPasswordHash()
                .map(hash -> passwordHasher.matches(currentPassword == null ? "" : currentPassword, hash))
                .orElse(false);
        if (!currentMatches) {
            throw new DomainException("password.refused.current-wrong");
        }
        PasswordPolicy.refusal(newPassword, account.getEmail()).ifPresent(key -> {
            throw new DomainException(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        if (passwordHasher.matches(newPassword, account.getPasswordHash().orElseThrow())) {
            throw new DomainException("password.refused.same-as-current");
        }
        account.setPassword(passwordHasher.hash(newPassword), false);
        accounts.save(account);
        sessions.endOtherSessionsOf(accountId, "password changed");
        alerts.publish(Alert.about(AlertType.PASSWORD_CHANGED, accountId, PortalLink.to(PortalLink.Page.ACCOUNT_PASSWORD), clock.instant()));
        audit.record(AuditAction.PASSWORD_CHANGED, AuditTarget.ACCOUNT, String.valueOf(accountId), null);
    }

    /**
     * Keeps the password a person has just signed in with, hashed anew with today's algorithm, when the stored
     * hash was made with an older one (ADR 046). Only sign-in calls this, right after the password matched
     * {@code checkedHash}: it is the same password, so no session ends and nothing is audited as a change; a hash
     * changed meanwhile (a reset, a change in another session) is left alone.
     *
     * @return true when the new hash was stored
     */
    public boolean storeRehashedPassword(long accountId, String checkedHash, String newHash) {
        return accounts.findById(accountId)
                .filter(account -> account.getPasswordHash().filter(checkedHash::equals).isPresent())
                .map(account -> {
                    account.setPassword(newHash, account.isMustChangePassword());
                    accounts.save(account);
                    return true;
                })
                .orElse(false);
    }

    /**
     * Creates the first administrator of a new installation from configuration, once: when an
     * administrator exists already, it does nothing. The password is a one-time password that
     * must be changed at first sign-in.
     *
     * @return true when an administrator was created
     */
    public boolean createFirstAdministrator(String email, String displayName, String initialPassword) {
        if (accounts.existsByRole(Role.ADMIN)) {
            return false;
        }
        if (!EmailAddresses.isPlausible(email)) {
            throw new DomainException("account.email.invalid");
        }
        PasswordPolicy.refusal(initialPassword, email).ifPresent(key -> {
            throw new DomainException(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        Account admin = new Account(email, displayName, Role.ADMIN, clock.instant());
        admin.setPassword(passwordHasher.hash(initialPassword), true);
        accounts.save(admin);
        return true;
    }

    public boolean administratorExists() {
        return accounts.existsByRole(Role.ADMIN);
    }

    /**
     * Stops an account from signing in and ends all its sessions at once: their next request,
     * on any instance, lands on the sign-in page. Administrators only, and not on themselves.
     */
    public void disable(long accountId) {
        requireAdmin();
        if (currentUser.requireAccountId() == accountId) {
            throw new DomainException("account.disable.self");
        }
        Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        account.setEnabled(false);
        accounts.save(account);
        sessions.endAllOf(accountId, "account disabled");
        audit.record(AuditAction.ACCOUNT_DISABLED, AuditTarget.ACCOUNT, String.valueOf(accountId), null);
    }

    /** Lets a disabled account sign in again. Administrators only. */
    public void enable(long accountId) {
        requireAdmin();
        Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        account.setEnabled(true);
        accounts.save(account);
        audit.record(AuditAction.ACCOUNT_ENABLED, AuditTarget.ACCOUNT, String.valueOf(accountId), null);
    }

    private void requireAdmin() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException();
        }
    }

    /** How many accounts each role has. Administrators only. */
    public Map<Role, Long> countsByRole() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException();
        }
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, accounts.countByRole(role));
        }
        return counts;
    }

    private Account requireCurrent() {
        return accounts.findById(currentUser.requireAccountId()).orElseThrow(NotPermittedException::new);
    }
}
