package org.expertportal.audit;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.shared.NotPermittedException;

/**
 * Records what happened, by whom (the signed-in account and its role, else "anonymous"), when and
 * from which network address, and lets administrators read it back.
 *
 * <p>{@link #record} joins the caller's transaction: a use case that rolls back leaves no entry
 * claiming it happened. {@link #recordRegardless} commits on its own, for refusals and failures,
 * which usually end in a rollback that would otherwise erase them. Targets are ids or hashes only
 * ({@link AuditTarget}); {@code detail} is a short code or number, never personal data or case text.
 */
@Named
@Transactional
public class AuditTrail {

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final RequestOrigin origin;
    private final Clock clock;

    public AuditTrail(AuditEventRepository events, CurrentUser currentUser, RequestOrigin origin, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.origin = origin;
        this.clock = clock;
    }

    /** Records an action of the current person (or anonymous visitor) in the caller's transaction. */
    public void record(AuditAction action, String targetType, String targetId, String detail) {
        save(currentActor(), action, targetType, targetId, detail);
    }

    /** Like {@link #record}, committed at once whatever happens to the caller's transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRegardless(AuditAction action, String targetType, String targetId, String detail) {
        save(currentActor(), action, targetType, targetId, detail);
    }

    /**
     * Records an action of someone who is not (yet) the current user, such as the account that
     * is signing in, or the system. Committed at once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAs(AuditActor actor, AuditAction action, String targetType, String targetId, String detail) {
        save(actor, action, targetType, targetId, detail);
    }

    /** Newest first, one page. Administrators only. */
    public List<AuditEntry> find(AuditFilter filter, int page, int pageSize) {
        requireAdmin();
        return events.search(filter, page, pageSize).stream().map(AuditEntry::of).toList();
    }

    /** How many entries the filter matches. Administrators only. */
    public long count(AuditFilter filter) {
        requireAdmin();
        return events.count(filter);
    }

    private void save(AuditActor actor, AuditAction action, String targetType, String targetId, String detail) {
        events.save(new AuditEvent(clock.instant(), actor, action, targetType, targetId, detail,
                origin.clientAddress().orElse(null)));
    }

    private AuditActor currentActor() {
        return currentUser.accountId()
                .map(id -> AuditActor.account(id, roleOfCurrentUser()))
                .orElse(AuditActor.ANONYMOUS);
    }

    private String roleOfCurrentUser() {
        for (Role role : Role.values()) {
            if (currentUser.hasRole(role)) {
                return role.name();
            }
        }
        return "account";
    }

    private void requireAdmin() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException();
        }
    }
}
