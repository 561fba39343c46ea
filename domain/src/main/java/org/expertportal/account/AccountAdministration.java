package org.expertportal.account;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.notification.AlertPublisher;
import org.expertportal.shared.DomainEvents;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;

/**
 * Administrators manage every account: find them by name or email, invite staff, administrators
 * and clients, change roles, disable and enable, lift a sign-in lock, send an invitation again.
 * Every method checks the ADMIN role itself; an administrator cannot disable or demote themself,
 * so that the portal never loses its last administrator by a slip.
 */
@Named
@Transactional
public class AccountAdministration {

    private final AccountRepository accounts;
    private final AccountSearch search;
    private final OrganisationRepository organisations;
    private final SignInThrottle throttle;
    private final CurrentUser currentUser;
    private final DomainEvents events;
    private final AccountLinkIssuer issuer;
    private final Clock clock;

    private final AccountService accountService;

    public AccountAdministration(
            AccountRepository accounts,
            AccountSearch search,
            OrganisationRepository organisations,
            AccountLinkRepository links,
            SignInThrottle throttle,
            CurrentUser currentUser,
            AlertPublisher alerts,
            DomainEvents events,
            AccountService accountService,
            Clock clock) {
        this.accountService = accountService;
        this.accounts = accounts;
        this.search = search;
        this.organisations = organisations;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.events = events;
        this.issuer = new AccountLinkIssuer(links, alerts, clock);
        this.clock = clock;
    }

    /** A page of accounts whose name or email contains the text, by name. */
    public List<AccountListing> find(String text, int offset, int limit) {
        requireAdmin();
        return search.search(text, offset, limit).stream().map(this::listing).toList();
    }

    public long count(String text) {
        requireAdmin();
        return search.countMatching(text);
    }

    /**
     * Opens an account with the role given and sends its invitation (a link to choose a password,
     * valid 72 hours). A client may be put into an organisation at once.
     *
     * @param organisationId null for none; only for clients
     * @return the new account's id
     */
    public long invite(String email, String displayName, Role role, Long organisationId, boolean organisationAdmin) {
        requireAdmin();
        if (!EmailAddresses.isPlausible(email)) {
            throw new DomainException("account.email.invalid");
        }
        String name = DisplayNames.checked(displayName);
        if (role == null) {
            throw new DomainException("admin-users.role-required");
        }
        if (accounts.findByEmail(EmailAddresses.normalise(email)).isPresent()) {
            // Administrators may know who has an account; they see it here rather than in a mail.
            throw new DomainException("admin-users.email-taken");
        }
        Organisation organisation = null;
        if (organisationId != null) {
            if (role != Role.CLIENT) {
                throw new DomainException("organisation.clients-only");
            }
            organisation = organisations.findById(organisationId).orElseThrow(NotFoundException::new);
        }
        Account account = new Account(email, name, role, clock.instant());
        account = accounts.save(account);
        if (organisation != null) {
            account.joinOrganisation(organisation, organisationAdmin);
            account = accounts.save(account);
        }
        issuer.invite(account);
        return account.getId();
    }

    /** A new invitation for someone who has not chosen a password yet; the older link stops working. */
    public void sendInvitationAgain(long accountId) {
        requireAdmin();
        Account account = find(accountId);
        if (account.getPasswordHash().isPresent()) {
            throw new DomainException("admin-users.already-has-password");
        }
        if (!account.isEnabled()) {
            throw new DomainException("admin-users.refused.disabled");
        }
        issuer.invite(account);
    }

    public void changeRole(long accountId, Role role) {
        requireAdmin();
        if (role == null) {
            throw new DomainException("admin-users.role-required");
        }
        Account account = notYourself(find(accountId));
        account.changeRole(role);
        accounts.save(account);
    }

    /**
     * Disabling stops sign-in and ends every session of the account at once (through
     * {@link AccountService#disable}, which also audits it), and tells the rest of the portal
     * ({@link AccountDisabled}).
     */
    public void setEnabled(long accountId, boolean enabled) {
        requireAdmin();
        Account account = notYourself(find(accountId));
        if (account.isEnabled() == enabled) {
            return;
        }
        if (enabled) {
            accountService.enable(accountId);
        } else {
            accountService.disable(accountId);
            events.publish(new AccountDisabled(account.getId()));
        }
    }

    /** Lifts a sign-in lock before its 15 minutes are over. */
    public void unlock(long accountId) {
        requireAdmin();
        throttle.unlock(find(accountId).getEmail());
    }

    private AccountListing listing(Account account) {
        return new AccountListing(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                account.getRole(),
                account.isEnabled(),
                account.getPasswordHash().isEmpty(),
                throttle.notBefore(account.getEmail(), null).isPresent(),
                account.getOrganisationId(),
                account.getOrganisationId().flatMap(organisations::findById).map(Organisation::getName),
                account.isOrganisationAdmin());
    }

    private Account find(long accountId) {
        return accounts.findById(accountId).orElseThrow(NotFoundException::new);
    }

    private Account notYourself(Account account) {
        if (currentUser.accountId().filter(id -> id.equals(account.getId())).isPresent()) {
            throw new DomainException("admin-users.not-yourself");
        }
        return account;
    }

    private void requireAdmin() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException();
        }
    }
}
