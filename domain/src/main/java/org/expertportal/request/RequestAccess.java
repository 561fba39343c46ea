package org.expertportal.request;

import jakarta.inject.Named;
import java.util.Optional;
import org.expertportal.account.Account;
import org.expertportal.account.AccountLookup;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;

/**
 * Finds the request a use case is about, for the person asking. A client reaches only their own
 * requests and their organisation's; anything else, a guess or a typo alike, is "not found".
 */
@Named
public class RequestAccess {

    private final ReportRequestRepository requests;
    private final AccountLookup accounts;
    private final CurrentUser currentUser;

    RequestAccess(ReportRequestRepository requests, AccountLookup accounts, CurrentUser currentUser) {
        this.requests = requests;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** The signed-in account, enabled; anonymous visitors are refused. */
    public Account me() {
        long id = currentUser.requireAccountId();
        return accounts.findById(id).filter(Account::isEnabled).orElseThrow(NotPermittedException::new);
    }

    public boolean isStaff() {
        return currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.ADMIN);
    }

    /** For the client's side: the request if the signed-in client may see it. */
    public ReportRequest forClient(Account me, String reference) {
        if (me.getRole() != Role.CLIENT) {
            throw new NotFoundException();
        }
        return find(reference)
                .filter(request -> request.visibleTo(me.getId(), me.getOrganisationId()))
                .orElseThrow(NotFoundException::new);
    }

    /** For staff and admins only. */
    public ReportRequest forStaff(String reference) {
        if (!isStaff()) {
            throw new NotPermittedException();
        }
        return find(reference).orElseThrow(NotFoundException::new);
    }

    private Optional<ReportRequest> find(String reference) {
        return RequestReference.parse(reference).flatMap(r -> requests.findByReference(r.value()));
    }
}
