package org.expertportal.request.workbench;

import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import org.expertportal.account.Account;
import org.expertportal.request.ReportRequest;
import org.expertportal.request.ReportRequestRepository;
import org.expertportal.request.RequestAccess;
import org.expertportal.shared.DomainEvents;
import org.expertportal.shared.DomainException;

/**
 * What every staff change to a request starts and ends with: the request for staff, refused if it
 * changed since the version the staff member saw; the request row written first (the lock order
 * of {@link RequestHandlingService#changeStatus}); and the {@link RequestWorkRecorded} event.
 */
@Named
class StaffChange {

    private final RequestAccess access;
    private final ReportRequestRepository requests;
    private final DomainEvents events;
    private final Clock clock;

    StaffChange(RequestAccess access, ReportRequestRepository requests, DomainEvents events, Clock clock) {
        this.access = access;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    /** The request staff are changing, as they saw it, with who and when. */
    record Change(Account me, ReportRequest request, Instant now) {}

    Change begin(String reference, long seenVersion) {
        ReportRequest request = access.forStaff(reference);
        Account me = access.me();
        requireUnchanged(request, seenVersion);
        return new Change(me, request, clock.instant());
    }

    /** Staff only, without a version check (additions that cannot overwrite anything). */
    Change begin(String reference) {
        ReportRequest request = access.forStaff(reference);
        return new Change(access.me(), request, clock.instant());
    }

    static void requireUnchanged(ReportRequest request, long seenVersion) {
        if (request.getVersion() != seenVersion) {
            throw new DomainException("request.refused.changed-meanwhile");
        }
    }

    /** Writes the request row now, before any child row: a concurrent change fails here. */
    void lockRequest(Change change) {
        change.request().touch(change.now());
        requests.saveAndFlush(change.request());
    }

    void recorded(Change change, RequestWorkRecorded.Work work, Long detailId) {
        events.publish(new RequestWorkRecorded(change.request().getId(), change.request().getReference(),
                change.me().getId(), work, detailId, change.now()));
    }
}
