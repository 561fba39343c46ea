package org.expertportal.privacy;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.expertportal.account.Account;
import org.expertportal.account.AccountLookup;
import org.expertportal.notification.Alert;
import org.expertportal.notification.AlertPublisher;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.PortalLink;
import org.expertportal.request.ReportRequest;
import org.expertportal.request.RequestAnonymisation;
import org.expertportal.request.RequestPrivacyQueries;
import org.expertportal.request.RequestReference;
import org.expertportal.request.RetentionCandidates;
import org.expertportal.shared.DomainEvents;

/**
 * Retention: a request that is closed, declined or cancelled keeps its personal data for the
 * configured period after its last activity ({@link RetentionPolicy}), then is anonymised as an
 * erasure would. The client is warned by email 30 days before, once; a request is never anonymised
 * sooner than 30 days after that warning, so a job that was stopped for a while warns late rather
 * than erasing unannounced. Called by the scheduled job with the time it runs at, one request per
 * transaction; no person calls these methods, so there is no role to check.
 */
@Named
@Transactional
public class RetentionService {

    private static final int BATCH = 200;

    private final RetentionPolicy policy;
    private final RequestPrivacyQueries queries;
    private final RetentionCandidates requests;
    private final RequestAnonymisation anonymisation;
    private final AccountLookup accounts;
    private final AlertPublisher alerts;
    private final DomainEvents events;

    public RetentionService(RetentionPolicy policy, RequestPrivacyQueries queries, RetentionCandidates requests,
            RequestAnonymisation anonymisation, AccountLookup accounts, AlertPublisher alerts,
            DomainEvents events) {
        this.policy = policy;
        this.queries = queries;
        this.requests = requests;
        this.anonymisation = anonymisation;
        this.accounts = accounts;
        this.alerts = alerts;
        this.events = events;
    }

    /** Requests whose client is due the warning at {@code now}. */
    public List<Long> dueForWarning(Instant now) {
        return queries.dueForRetentionWarning(policy.cutoff(now.plus(RetentionPolicy.WARNING_AHEAD)), BATCH);
    }

    /** Requests due to be anonymised at {@code now}. */
    public List<Long> dueForAnonymisation(Instant now) {
        return queries.dueForAnonymisation(policy.cutoff(now), now.minus(RetentionPolicy.WARNING_AHEAD), BATCH);
    }

    /**
     * Warns the client that the request will be anonymised, and records that the warning went out,
     * whether or not the account can still receive mail. Does nothing when warned already.
     */
    public boolean warnIfDue(long requestId, Instant now) {
        ReportRequest request = requests.findById(requestId).orElse(null);
        if (request == null || request.getRetentionWarnedAt().isPresent() || request.getAnonymisedAt().isPresent()
                || !request.getStatus().isFinished()) {
            return false;
        }
        anonymisation.markWarned(requestId, now);
        Instant when = later(policy.expiry(request.getLastActivityAt()), now.plus(RetentionPolicy.WARNING_AHEAD));
        boolean reachable = accounts.findById(request.getClientAccountId()).filter(Account::isEnabled).isPresent();
        if (reachable) {
            alerts.publish(new Alert(AlertType.RETENTION_WARNING, request.getClientAccountId(), request.getReference(),
                    PortalLink.clientRequest(request.getReference()), when));
        }
        return true;
    }

    /** Anonymises one request whose time has come. */
    public boolean anonymiseIfDue(long requestId, Instant now) {
        ReportRequest request = requests.findById(requestId).orElse(null);
        if (request == null || request.getRetentionWarnedAt().isEmpty()
                || request.getRetentionWarnedAt().get().isAfter(now.minus(RetentionPolicy.WARNING_AHEAD))
                || request.getLastActivityAt().isAfter(policy.cutoff(now))) {
            return false;
        }
        boolean done = anonymisation.anonymiseFinished(requestId, now);
        if (done) {
            events.publish(new PrivacyEvents.RequestAnonymisedByRetention(requestId, now));
        }
        return done;
    }

    public RetentionPolicy policy() {
        return policy;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
