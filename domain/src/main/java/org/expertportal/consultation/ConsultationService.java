package org.expertportal.consultation;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.expertportal.audit.AuditAction;
import org.expertportal.audit.AuditTarget;
import org.expertportal.audit.AuditTrail;
import org.expertportal.consultation.ClientConsultationViews.Booking;
import org.expertportal.consultation.ClientConsultationViews.Panel;
import org.expertportal.notification.AlertType;
import org.expertportal.request.RequestConsultations;
import org.expertportal.request.RequestConsultations.Subject;
import org.expertportal.request.RequestReference;
import org.expertportal.shared.DomainException;

/**
 * Clients booking, moving and cancelling the free consultation of a request: the signed-in client
 * on a request they may see, or the visitor who has just submitted a request, with the pass the
 * form gave their session. One booked consultation per request at a time.
 *
 * <p>Booking takes, in this order, the request row (via {@link RequestConsultations}), then each
 * candidate staff member's availability row ({@code FOR UPDATE}, lowest id first), reads that
 * person's bookings with a locking read, and writes the booking at once; the unique key on
 * (staff, start) refuses a second booking of a slot even if every check above were skipped.
 * Cancelling is possible until the start; moving until {@link ConsultationPolicy#changeNotice()}
 * before it; after that this service refuses, whatever a page offers (docs/adr/040). No slot is
 * offered sooner than {@link ConsultationPolicy#bookingNotice()}.
 */
@Named
@Transactional
public class ConsultationService {

    private final RequestConsultations requests;
    private final StaffAvailabilityRepository availability;
    private final ConsultationRepository consultations;
    private final SlotClaims claims;
    private final ConsultationAlerts alerts;
    private final ConsultationPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    public ConsultationService(RequestConsultations requests, StaffAvailabilityRepository availability,
            ConsultationRepository consultations, SlotClaims claims, ConsultationAlerts alerts, ConsultationPolicy policy,
            AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.availability = availability;
        this.consultations = consultations;
        this.claims = claims;
        this.alerts = alerts;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** The consultation part of the signed-in client's request page. */
    public Panel panel(String reference) {
        return panel(requests.forSignedInClient(reference));
    }

    /** Free slots for a new booking on the request (any staff member), earliest first. */
    public List<Slot> freeSlots(String reference) {
        requests.forSignedInClient(reference);
        return mergedFreeSlots(clock.instant());
    }

    /** Free slots for the visitor holding a pass from the request form. */
    public List<Slot> freeSlotsWithPass(String pass) {
        requests.requirePassForSlots(pass, clock.instant());
        return mergedFreeSlots(clock.instant());
    }

    /**
     * Whether a consultation booked now at {@code start} could still be moved by the client: false
     * only for slots inside the change notice, offered when the policy allows fixed bookings. A rule and the
     * clock, no data: it opens no transaction (the booking panel asks once per slot shown).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean movableOnceBooked(Instant start) {
        return policy.allowsMove(start, clock.instant());
    }

    /** Free slots to move the current consultation to: with the same staff member, other than its own time. */
    public List<Slot> slotsToMoveTo(String reference) {
        Subject subject = requests.forSignedInClient(reference);
        Consultation current = current(subject).orElseThrow(() -> new DomainException("consultation.refused.not-booked"));
        Instant now = clock.instant();
        return availability.findByStaffAccountId(current.getStaffAccountId())
                .filter(StaffAvailability::isAccepting)
                .map(a -> Slots.free(policy.offered(a.rules()), busyOf(current.getStaffAccountId(), now, current.getId()), now).stream()
                        .filter(slot -> !slot.start().equals(current.getStartAt())).toList())
                .orElse(List.of());
    }

    public Booking book(String reference, Instant start, String clientZone) {
        return book(requests.forSignedInClient(reference), start, zone(clientZone));
    }

    /** Books with the pass of the request form: once, while the pass is valid. */
    public Booking bookWithPass(String pass, Instant start, String clientZone) {
        Subject subject = requests.forPass(pass, clock.instant());
        Booking booked = book(subject, start, zone(clientZone));
        requests.usePass(pass);
        return booked;
    }

    public Booking reschedule(String reference, Instant start, String clientZone) {
        Subject subject = requests.forSignedInClient(reference);
        ZoneId zone = zone(clientZone);
        Instant now = clock.instant();
        Consultation current = current(subject).orElseThrow(() -> new DomainException("consultation.refused.not-booked"));
        requireMovable(current, now);
        requests.changed(subject, now);
        long staff = current.getStaffAccountId();
        StaffAvailability locked = availability.lockByStaffAccountId(staff)
                .filter(StaffAvailability::isAccepting)
                .orElseThrow(() -> new DomainException("consultation.refused.slot-taken"));
        List<Slots.Busy> busy = consultations.lockBookedOfStaffEndingAfter(staff, now).stream()
                .filter(c -> !c.getId().equals(current.getId()))
                .map(c -> new Slots.Busy(c.getStartAt(), c.getEndAt()))
                .toList();
        Slot slot = Slots.free(policy.offered(locked.rules()), busy, now).stream().filter(s -> s.start().equals(start)).findFirst()
                .orElseThrow(() -> new DomainException("consultation.refused.slot-taken"));
        current.moveTo(slot, zone, now);
        Consultation saved = claims.claim(current);
        alerts.toAll(saved, AlertType.CONSULTATION_CHANGED);
        audit.record(AuditAction.CONSULTATION_MOVED, AuditTarget.REQUEST, saved.getRequestReference(),
                "by client, consultation " + saved.getId());
        return Booking.of(saved);
    }

    public void cancel(String reference) {
        Subject subject = requests.forSignedInClient(reference);
        Instant now = clock.instant();
        Consultation current = current(subject).orElseThrow(() -> new DomainException("consultation.refused.not-booked"));
        if (!policy.allowsCancel(current.getStartAt(), now)) {
            throw new DomainException("consultation.refused.started");
        }
        requests.cancelled(subject, now);
        current.cancel(now);
        Consultation saved = claims.claim(current);
        // Staff hear of it at once: consultation alerts never wait for a digest (docs/adr/038).
        alerts.toAll(saved, AlertType.CONSULTATION_CANCELLED);
        audit.record(AuditAction.CONSULTATION_CANCELLED, AuditTarget.REQUEST, saved.getRequestReference(),
                "by client, consultation " + saved.getId());
    }

    private Booking book(Subject subject, Instant start, ZoneId clientZone) {
        if (!subject.isOpen()) {
            throw new DomainException("request.refused.finished");
        }
        if (current(subject).isPresent()) {
            throw new DomainException("consultation.refused.already-booked");
        }
        Instant now = clock.instant();
        requests.booked(subject, now);
        for (long staff : availability.acceptingStaffIds()) {
            Optional<StaffAvailability> locked = availability.lockByStaffAccountId(staff);
            if (locked.isEmpty() || !locked.get().isAccepting()) {
                continue;
            }
            List<Slots.Busy> busy = consultations.lockBookedOfStaffEndingAfter(staff, now).stream()
                    .map(c -> new Slots.Busy(c.getStartAt(), c.getEndAt())).toList();
            Optional<Slot> slot = Slots.free(policy.offered(locked.get().rules()), busy, now).stream()
                    .filter(s -> s.start().equals(start)).findFirst();
            if (slot.isPresent()) {
                Consultation booked = claims.claim(new Consultation(newUid(), subject.requestId(), subject.reference(),
                        subject.actorAccountId(), staff, slot.get(), locked.get().getVideoLink().orElse(null),
                        clientZone, locked.get().zone(), now));
                alerts.toAll(booked, AlertType.CONSULTATION_BOOKED);
                return Booking.of(booked);
            }
        }
        throw new DomainException("consultation.refused.slot-taken");
    }

    private Panel panel(Subject subject) {
        Instant now = clock.instant();
        List<Consultation> all = consultations.findByRequestIdOrderByStartAtDesc(subject.requestId());
        Optional<Consultation> current = all.stream().filter(Consultation::isBooked).findFirst();
        Optional<Instant> changeUntil = current.map(c -> policy.changeUntil(c.getStartAt()));
        boolean mayMove = current.filter(c -> policy.allowsMove(c.getStartAt(), now)).isPresent() && subject.isOpen();
        boolean mayCancel = current.filter(c -> policy.allowsCancel(c.getStartAt(), now)).isPresent()
                && subject.isOpen();
        return new Panel(subject.reference(), current.map(Booking::of), subject.isOpen() && current.isEmpty(),
                changeUntil, mayMove, mayCancel, all.stream().filter(c -> !c.isBooked()).map(Booking::of).toList());
    }

    private Optional<Consultation> current(Subject subject) {
        return consultations.findByRequestIdOrderByStartAtDesc(subject.requestId()).stream()
                .filter(Consultation::isBooked).findFirst();
    }

    private void requireMovable(Consultation consultation, Instant now) {
        if (!policy.allowsMove(consultation.getStartAt(), now)) {
            long minutes = policy.changeNotice().toMinutes();
            throw minutes % 60 == 0 ? new DomainException("consultation.refused.too-late", minutes / 60)
                    : new DomainException("consultation.refused.too-late-minutes", minutes);
        }
    }

    /** Every accepting staff member's free slots, one per start time, earliest first. */
    private List<Slot> mergedFreeSlots(Instant now) {
        Map<Long, List<Slots.Busy>> busy = new LinkedHashMap<>();
        for (Consultation c : consultations.bookedEndingAfter(now)) {
            busy.computeIfAbsent(c.getStaffAccountId(), id -> new ArrayList<>())
                    .add(new Slots.Busy(c.getStartAt(), c.getEndAt()));
        }
        Map<Instant, Slot> byStart = new LinkedHashMap<>();
        for (StaffAvailability staff : availability.findByAcceptingTrue()) {
            for (Slot slot : Slots.free(policy.offered(staff.rules()), busy.getOrDefault(staff.getStaffAccountId(), List.of()), now)) {
                byStart.putIfAbsent(slot.start(), slot);
            }
        }
        return byStart.values().stream().sorted(Comparator.comparing(Slot::start)).toList();
    }

    private List<Slots.Busy> busyOf(long staff, Instant now, long except) {
        return consultations.bookedEndingAfter(now).stream()
                .filter(c -> c.getStaffAccountId() == staff && !c.getId().equals(except))
                .map(c -> new Slots.Busy(c.getStartAt(), c.getEndAt())).toList();
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException | NullPointerException e) {
            throw new DomainException("consultation.refused.zone");
        }
    }

    private static String newUid() {
        return "consultation-" + UUID.randomUUID() + "@expert-portal";
    }
}
