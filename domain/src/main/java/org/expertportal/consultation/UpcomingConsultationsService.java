package org.expertportal.consultation;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.expertportal.account.Account;
import org.expertportal.account.AccountLookup;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.shared.NotPermittedException;

/**
 * The signed-in client's upcoming consultations, for their home page: those of every request they
 * may see (their own and their organisation's, the same rule as "my requests"), in one statement.
 */
@Named
@Transactional
public class UpcomingConsultationsService {

    /** At most this many are listed; each request has at most one booked at a time. */
    public static final int LIMIT = 20;

    private final CurrentUser currentUser;
    private final AccountLookup accounts;
    private final ConsultationQueries queries;
    private final Clock clock;

    public UpcomingConsultationsService(CurrentUser currentUser, AccountLookup accounts, ConsultationQueries queries,
            Clock clock) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.queries = queries;
        this.clock = clock;
    }

    /** Clients only; anyone else is "not permitted". */
    public List<UpcomingConsultation> mine() {
        Account me = accounts.findById(currentUser.requireAccountId()).filter(Account::isEnabled)
                .orElseThrow(NotPermittedException::new);
        if (me.getRole() != Role.CLIENT) {
            throw new NotPermittedException();
        }
        return queries.upcomingVisibleTo(me.getId(), me.getOrganisationId().orElse(null), clock.instant(), LIMIT);
    }
}
