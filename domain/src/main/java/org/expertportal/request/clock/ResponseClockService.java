package org.expertportal.request.clock;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.expertportal.account.AccountRoster;
import org.expertportal.identity.Role;
import org.expertportal.notification.Alert;
import org.expertportal.notification.AlertPublisher;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.PortalLink;
import org.expertportal.request.ReportRequest;
import org.expertportal.request.ReportRequestRepository;
import org.expertportal.request.RequestQueries;
import org.expertportal.request.RequestReference;

/**
 * Watches the first-response clock: warns the staff on duty when a request is close to its due
 * time without a response, and tells the admins when the promise was broken. Each alert fires once
 * per request: the request records that it was sent, in the transaction that publishes it.
 */
@Named
@Transactional
public class ResponseClockService {

    private static final int BATCH = 100;

    private final ReportRequestRepository requests;
    private final ClockAlertRepository sent;
    private final RequestQueries queries;
    private final AccountRoster roster;
    private final AlertPublisher alerts;

    public ResponseClockService(ReportRequestRepository requests, ClockAlertRepository sent, RequestQueries queries,
            AccountRoster roster, AlertPublisher alerts) {
        this.requests = requests;
        this.sent = sent;
        this.queries = queries;
        this.roster = roster;
        this.alerts = alerts;
    }

    /** Ids of requests needing a warning at {@code now}. Call {@link #warnIfDue} for each. */
    public List<Long> dueForWarning(Instant now) {
        return queries.dueForWarning(now, BATCH).stream().map(ReportRequest::getId).toList();
    }

    /** Ids of requests needing an escalation at {@code now}. Call {@link #escalateIfDue} for each. */
    public List<Long> dueForEscalation(Instant now) {
        return queries.dueForEscalation(now, BATCH).stream().map(ReportRequest::getId).toList();
    }

    /** Warns the assigned staff member, or every staff member, once. Returns whether it warned. */
    public boolean warnIfDue(long requestId, Instant now) {
        ReportRequest request = requests.findById(requestId).orElseThrow();
        if (request.getFirstRespondedAt().isPresent() || request.getResponseWarningAt().isAfter(now)
                || request.getStatus().isFinished() || sent.existsByRequestIdAndKind(requestId, ClockAlert.Kind.WARNING)) {
            return false;
        }
        sent.saveAndFlush(new ClockAlert(requestId, ClockAlert.Kind.WARNING, now));
        List<Long> recipients = request.getAssignedStaffId().map(List::of).orElseGet(() -> ids(Role.STAFF));
        for (long staff : recipients) {
            alerts.publish(new Alert(AlertType.REQUEST_RESPONSE_DUE_SOON, staff, request.getReference(),
                    PortalLink.staffRequest(request.getReference()), request.getFirstResponseDueAt()));
        }
        return true;
    }

    /** Tells every admin, once, that the request was not answered in time. Returns whether it did. */
    public boolean escalateIfDue(long requestId, Instant now) {
        ReportRequest request = requests.findById(requestId).orElseThrow();
        if (request.getFirstRespondedAt().isPresent() || request.getResponseEscalationAt().isAfter(now)
                || request.getStatus().isFinished()
                || sent.existsByRequestIdAndKind(requestId, ClockAlert.Kind.ESCALATION)) {
            return false;
        }
        sent.saveAndFlush(new ClockAlert(requestId, ClockAlert.Kind.ESCALATION, now));
        for (long admin : ids(Role.ADMIN)) {
            alerts.publish(new Alert(AlertType.REQUEST_RESPONSE_OVERDUE, admin, request.getReference(),
                    PortalLink.staffRequest(request.getReference()), request.getFirstResponseDueAt()));
        }
        return true;
    }

    private List<Long> ids(Role role) {
        return roster.enabledIds(role);
    }
}
