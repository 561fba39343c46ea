package org.expertportal.request;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.expertportal.account.Account;
import org.expertportal.account.AccountLookup;
import org.expertportal.request.intake.HeldRequestRepository;
import org.expertportal.request.intake.IntakePass;
import org.expertportal.request.intake.IntakePassRepository;
import org.expertportal.request.workbench.RequestHandlingService;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.Hashes;
import org.expertportal.shared.NotFoundException;

/**
 * What the consultation feature may do to a request: find it for the person booking (the
 * signed-in client, or the visitor holding the pass from the form they just submitted), and write
 * "consultation booked, changed, cancelled" into its timeline, moving the status to Consultation
 * scheduled and back where the lifecycle allows. Like every request change, the request row is
 * written first (saveAndFlush) and child rows after, so concurrent changes queue on one row.
 */
@Named
@Transactional
public class RequestConsultations {

    /** The request a consultation is booked on, and who is acting. */
    public record Subject(long requestId, String reference, long clientAccountId, long actorAccountId,
            RequestStatus status) {

        public boolean isOpen() {
            return !status.isFinished();
        }
    }

    private final RequestAccess access;
    private final ReportRequestRepository requests;
    private final RequestEventRepository timeline;
    private final IntakePassRepository passes;
    private final HeldRequestRepository held;
    private final AccountLookup accounts;

    public RequestConsultations(RequestAccess access, ReportRequestRepository requests,
            RequestEventRepository timeline, IntakePassRepository passes, HeldRequestRepository held,
            AccountLookup accounts) {
        this.access = access;
        this.requests = requests;
        this.timeline = timeline;
        this.passes = passes;
        this.held = held;
        this.accounts = accounts;
    }

    /** The request, if the signed-in client may see it; anything else is "not found". */
    public Subject forSignedInClient(String reference) {
        Account me = access.me();
        ReportRequest request = access.forClient(me, reference);
        return subject(request, me.getId());
    }

    /** The request, for staff and administrators acting on its consultation; clients are refused. */
    public Subject forStaff(String reference) {
        ReportRequest request = access.forStaff(reference);
        return subject(request, access.me().getId());
    }

    /** The request the pass was issued for, while the pass is valid; the request's client acts. */
    public Subject forPass(String pass, Instant now) {
        if (pass == null || pass.isBlank()) {
            throw new NotFoundException();
        }
        IntakePass found = passes.findByTokenHash(Hashes.sha256Hex(pass))
                .filter(p -> p.getExpiresAt().isAfter(now))
                .orElseThrow(() -> new DomainException("consultation.refused.pass-expired"));
        ReportRequest request = requests.findById(found.getRequestId()).orElseThrow(NotFoundException::new);
        return subject(request, request.getClientAccountId());
    }

    /**
     * Whether the pass lets the visitor see free slots: the pass of a new request, or of one held
     * for an existing account (docs/adr/033), whose page must look the same. Booking needs the
     * former ({@link #forPass}); a held request is booked once confirmed, from its page.
     */
    public void requirePassForSlots(String pass, Instant now) {
        if (pass == null || pass.isBlank()) {
            throw new NotFoundException();
        }
        String hash = Hashes.sha256Hex(pass);
        boolean valid = passes.findByTokenHash(hash).filter(p -> p.getExpiresAt().isAfter(now)).isPresent()
                || held.findByPassHash(hash).filter(h -> h.passValidAt(now)).isPresent();
        if (!valid) {
            throw new DomainException("consultation.refused.pass-expired");
        }
    }

    /** Booking used the pass: it cannot book again. */
    public void usePass(String pass) {
        passes.findByTokenHash(Hashes.sha256Hex(pass)).ifPresent(passes::delete);
    }

    public void booked(Subject subject, Instant at) {
        record(subject, TimelineDetail.CONSULTATION_BOOKED, RequestStatus.CONSULTATION_SCHEDULED, at);
    }

    public void changed(Subject subject, Instant at) {
        record(subject, TimelineDetail.CONSULTATION_CHANGED, null, at);
    }

    /** Cancelled: a request that was waiting for the consultation goes back to Acknowledged. */
    public void cancelled(Subject subject, Instant at) {
        record(subject, TimelineDetail.CONSULTATION_CANCELLED, RequestStatus.ACKNOWLEDGED, at);
    }

    private void record(Subject subject, TimelineDetail detail, RequestStatus target, Instant at) {
        ReportRequest request = requests.findById(subject.requestId()).orElseThrow(NotFoundException::new);
        if (request.getStatus().isFinished()) {
            throw new DomainException("request.refused.finished");
        }
        RequestStatus from = request.getStatus();
        boolean moves = target != null && from != target && from.canMoveTo(target)
                && (target == RequestStatus.CONSULTATION_SCHEDULED
                        ? from == RequestStatus.SUBMITTED || from == RequestStatus.ACKNOWLEDGED
                        : from == RequestStatus.CONSULTATION_SCHEDULED);
        if (moves) {
            request.moveTo(target, null, at);
        } else {
            request.touch(at);
        }
        // The request row first: see RequestHandlingService#changeStatus.
        requests.saveAndFlush(request);
        Account actor = accounts.findById(subject.actorAccountId()).orElseThrow(NotFoundException::new);
        timeline.save(new RequestEvent(request.getId(), at, actor.getId(), actor.getRole(), ActorLabels.of(actor),
                from, request.getStatus(), detail));
    }

    private static Subject subject(ReportRequest request, long actor) {
        return new Subject(request.getId(), request.getReference(), request.getClientAccountId(), actor,
                request.getStatus());
    }

    /** The expert who took the request (assigned, not only proposed), if any. */
    public Optional<Long> assignedExpertId(Subject subject) {
        return requests.findById(subject.requestId())
                .filter(r -> r.getExpertState().filter(state -> state == ExpertState.ASSIGNED).isPresent())
                .flatMap(ReportRequest::getExpertId);
    }

    /** Whether the account is staff or an administrator. */
    public boolean isStaff() {
        return access.isStaff();
    }

}
