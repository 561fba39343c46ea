package org.expertportal.account;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.notification.Alert;
import org.expertportal.notification.AlertPublisher;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.PortalLink;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.shared.text.UserText;

/**
 * Law firms and other organisations whose client accounts work together. Administrators create
 * organisations and put clients in them; an organisation admin (a client flag, not a staff role)
 * sees the colleagues, invites new ones and removes them. Each method checks who asks: a member
 * of another organisation finds nothing.
 */
@Named
@Transactional
public class OrganisationService {

    static final int MAX_NAME_LENGTH = 200;

    private final OrganisationRepository organisations;
    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final AccountLinkIssuer issuer;
    private final AlertPublisher alerts;
    private final Clock clock;

    public OrganisationService(
            OrganisationRepository organisations,
            AccountRepository accounts,
            AccountLinkRepository links,
            CurrentUser currentUser,
            AlertPublisher alerts,
            Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.issuer = new AccountLinkIssuer(links, alerts, clock);
        this.alerts = alerts;
        this.clock = clock;
    }

    // --- administrators ---

    public List<OrganisationSummary> organisations() {
        requireAdmin();
        return organisations.findAllByOrderByNameAsc().stream()
                .map(o -> new OrganisationSummary(o.getId(), o.getName(), accounts.countByOrganisationId(o.getId())))
                .toList();
    }

    /** @return the new organisation's id */
    public long createOrganisation(String name) {
        requireAdmin();
        if (UserText.isBlank(name) || name.strip().length() > MAX_NAME_LENGTH) {
            throw new DomainException("organisation.name.invalid", MAX_NAME_LENGTH);
        }
        UserText.requireClean(name, UserText.Kind.LINE);
        if (organisations.existsByNameIgnoreCase(name.strip())) {
            throw new DomainException("organisation.name.taken");
        }
        return organisations.save(new Organisation(name, clock.instant())).getId();
    }

    /**
     * Puts a client into an organisation (leaving any other), or takes them out with a null id.
     *
     * @param asAdmin whether the client may invite and remove colleagues
     */
    public void assign(long accountId, Long organisationId, boolean asAdmin) {
        requireAdmin();
        Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        if (organisationId == null) {
            account.leaveOrganisation();
        } else {
            if (account.getRole() != Role.CLIENT) {
                throw new DomainException("organisation.clients-only");
            }
            account.joinOrganisation(organisations.findById(organisationId).orElseThrow(NotFoundException::new),
                    asAdmin);
        }
        accounts.save(account);
    }

    // --- members and organisation admins ---

    /** The caller's organisation; colleagues are listed for its organisation admins only. */
    public Optional<MyOrganisation> myOrganisation() {
        Account me = requireCurrent();
        return me.getOrganisationId().flatMap(organisations::findById).map(organisation -> new MyOrganisation(
                organisation.getName(),
                me.isOrganisationAdmin(),
                me.isOrganisationAdmin() ? colleaguesOf(me) : List.of()));
    }

    /**
     * Opens a client account in the organisation admin's organisation and sends its invitation. An
     * address that has an account already gets the same answer (docs/adr/033): that account is not
     * changed, and its owner is told by email that someone invited them (joining goes through the
     * portal team), so that this form tells nothing about other accounts.
     */
    public void inviteColleague(String email, String displayName) {
        Account me = requireOrganisationAdmin();
        if (!EmailAddresses.isPlausible(email)) {
            throw new DomainException("account.email.invalid");
        }
        String name = DisplayNames.checked(displayName);
        Organisation organisation = organisations.findById(me.getOrganisationId().orElseThrow())
                .orElseThrow(NotPermittedException::new);
        var existing = accounts.findByEmail(EmailAddresses.normalise(email));
        if (existing.isPresent()) {
            alerts.publish(Alert.about(AlertType.COLLEAGUE_INVITATION_EXISTING, existing.get().getId(),
                    PortalLink.to(PortalLink.Page.HOME), clock.instant()));
            return;
        }
        Account colleague = accounts.save(new Account(email, name, Role.CLIENT, clock.instant()));
        colleague.joinOrganisation(organisation, false);
        colleague = accounts.save(colleague);
        issuer.invite(colleague);
    }

    /** The colleague leaves the organisation and keeps their account. Not oneself. */
    public void removeColleague(long accountId) {
        Account me = requireOrganisationAdmin();
        Account colleague = accounts.findById(accountId)
                .filter(other -> other.getOrganisationId().equals(me.getOrganisationId()))
                .filter(other -> !other.getId().equals(me.getId()))
                .orElseThrow(NotFoundException::new);
        colleague.leaveOrganisation();
        accounts.save(colleague);
    }

    private List<Colleague> colleaguesOf(Account me) {
        return accounts.findByOrganisationIdOrderByDisplayNameAsc(me.getOrganisationId().orElseThrow()).stream()
                .map(a -> new Colleague(a.getId(), a.getDisplayName(), a.getEmail(), a.isOrganisationAdmin(),
                        a.getPasswordHash().isEmpty(), a.getId().equals(me.getId())))
                .toList();
    }

    private Account requireOrganisationAdmin() {
        Account me = requireCurrent();
        if (me.getRole() != Role.CLIENT || me.getOrganisationId().isEmpty() || !me.isOrganisationAdmin()) {
            throw new NotPermittedException();
        }
        return me;
    }

    private Account requireCurrent() {
        return accounts.findById(currentUser.requireAccountId()).orElseThrow(NotPermittedException::new);
    }

    private void requireAdmin() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException();
        }
    }
}
