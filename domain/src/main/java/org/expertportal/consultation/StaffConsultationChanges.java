package org.expertportal.consultation;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.expertportal.account.Account;
import org.expertportal.account.AccountLookup;
import org.expertportal.audit.AuditAction;
import org.expertportal.audit.AuditTarget;
import org.expertportal.audit.AuditTrail;
import org.expertportal.consultation.ClientConsultationViews.Booking;
import org.expertportal.consultation.StaffConsultationViews.Line;
import org.expertportal.consultation.StaffConsultationViews.Week;
import org.expertportal.expert.Expert;
import org.expertportal.expert.ExpertLookup;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.notification.AlertType;
import org.expertportal.request.RequestConsultations;
import org.expertportal.request.RequestConsultations.Subject;
import org.expertportal.request.clock.OfficeCalendar;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.shared.text.UserText;

/**
 * Staff and administrators acting on any booking, not only their own: everyone's consultations, a
 * request's consultations, moving one to another free time of the same staff member and cancelling
 * one, each with a reason its client reads on their request page. The email the client gets names
 * the reference only (the reason stays in the portal); the invite keeps its UID and raises its
 * SEQUENCE, and a cancellation goes out as METHOD:CANCEL. Staff are not bound by the client's change
 * notice, only by the start: a consultation that has begun is marked held or no-show instead.
 * Clients are refused everything here ("not permitted").
 */
@Named
@Transactional
public class StaffConsultationChanges {

    private final ConsultationRepository consultations;
    private final StaffAvailabilityRepository availability;
    private final RequestConsultations requests;
    private final SlotClaims claims;
    private final AccountLookup accounts;
    private final CurrentUser currentUser;
    private final ConsultationAlerts alerts;
    private final ExpertLookup experts;
    private final AuditTrail audit;
    private final OfficeCalendar calendar;
    private final Clock clock;

    public StaffConsultationChanges(ConsultationRepository consultations, StaffAvailabilityRepository availability,
            RequestConsultations requests, SlotClaims claims, AccountLookup accounts, CurrentUser currentUser,
            ConsultationAlerts alerts, ExpertLookup experts, AuditTrail audit, OfficeCalendar calendar, Clock clock) {
        this.consultations = consultations;
        this.availability = availability;
        this.requests = requests;
        this.claims = claims;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.alerts = alerts;
        this.experts = experts;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Every staff member's consultations starting in [from, to), by start. */
    public List<Line> everyones(Instant from, Instant to) {
        Account me = me();
        Instant now = clock.instant();
        Map<Long, String> names = new HashMap<>();
        return consultations.findByStartAtGreaterThanEqualAndStartAtLessThanOrderByStartAt(from, to).stream()
                .map(c -> line(c, name(names, c.getStaffAccountId()), me.getId(), now)).toList();
    }

    /** The request's consultations, newest first; "not found" for an unknown reference. */
    public List<Line> ofRequest(String reference) {
        Account me = me();
        Subject subject = requests.forStaff(reference);
        Instant now = clock.instant();
        Map<Long, String> names = new HashMap<>();
        return consultations.findByRequestIdOrderByStartAtDesc(subject.requestId()).stream()
                .map(c -> line(c, name(names, c.getStaffAccountId()), me.getId(), now)).toList();
    }

    /** Free times of the consultation's own staff member it may move to, earliest first. */
    public List<Slot> slotsToMoveTo(long consultationId) {
        me();
        Consultation current = booked(consultationId);
        Instant now = clock.instant();
        List<Slots.Busy> busy = consultations.bookedEndingAfter(now).stream()
                .filter(c -> c.getStaffAccountId() == current.getStaffAccountId() && !c.getId().equals(current.getId()))
                .map(c -> new Slots.Busy(c.getStartAt(), c.getEndAt())).toList();
        return availability.findByStaffAccountId(current.getStaffAccountId())
                .map(a -> Slots.free(a.rules(), busy, now).stream()
                        .filter(slot -> !slot.start().equals(current.getStartAt())).toList())
                .orElse(List.of());
    }

    /**
     * Moves a booked consultation that has not started to a free time of its staff member. The
     * reason is checked first: a refused form changes nothing.
     */
    public Booking move(long consultationId, Instant start, String reason) {
        return move(consultationId, start, reason, false);
    }

    /** {@link #move}, and with {@code inviteExpert} the request's assigned expert is invited as well. */
    public Booking move(long consultationId, Instant start, String reason, boolean inviteExpert) {
        me();
        String why = checkReason(reason);
        Consultation current = booked(consultationId);
        Instant now = clock.instant();
        requireNotStarted(current, now);
        // The request row first, then the staff member's availability, as every booking does.
        requests.changed(requests.forStaff(current.getRequestReference()), now);
        long staff = current.getStaffAccountId();
        StaffAvailability locked = availability.lockByStaffAccountId(staff)
                .orElseThrow(() -> new DomainException("consultation.refused.slot-taken"));
        List<Slots.Busy> busy = consultations.lockBookedOfStaffEndingAfter(staff, now).stream()
                .filter(c -> !c.getId().equals(current.getId()))
                .map(c -> new Slots.Busy(c.getStartAt(), c.getEndAt())).toList();
        Slot slot = Slots.free(locked.rules(), busy, now).stream().filter(s -> s.start().equals(start)).findFirst()
                .orElseThrow(() -> new DomainException("consultation.refused.slot-taken"));
        current.moveByStaff(slot, why, now);
        if (inviteExpert) {
            current.inviteExpert(invitableExpert(current), now);
        }
        Consultation saved = claims.claim(current);
        alerts.toAll(saved, AlertType.CONSULTATION_CHANGED);
        audit.record(AuditAction.CONSULTATION_MOVED, AuditTarget.REQUEST, saved.getRequestReference(),
                "by staff, consultation " + saved.getId());
        return Booking.of(saved);
    }

    /**
     * Invites the request's assigned expert to a booked consultation that has not started: they get
     * the invite as it stands (same UID and SEQUENCE) and, from then on, every update and the
     * cancellation. Refused when the request has no assigned expert or the expert no invite address.
     */
    public void inviteExpert(long consultationId) {
        me();
        Consultation current = booked(consultationId);
        Instant now = clock.instant();
        requireNotStarted(current, now);
        current.inviteExpert(invitableExpert(current), now);
        Consultation saved = claims.claim(current);
        alerts.toExpert(saved, AlertType.CONSULTATION_BOOKED);
    }

    private long invitableExpert(Consultation consultation) {
        Subject subject = requests.forStaff(consultation.getRequestReference());
        long expertId = requests.assignedExpertId(subject)
                .orElseThrow(() -> new DomainException("consultation.refused.no-expert"));
        experts.findById(expertId).flatMap(Expert::getInviteEmail)
                .orElseThrow(() -> new DomainException("consultation.refused.no-expert-address"));
        return expertId;
    }

    /** Cancels a booked consultation that has not started; its slot is free again. */
    public void cancel(long consultationId, String reason) {
        me();
        String why = checkReason(reason);
        Consultation current = booked(consultationId);
        Instant now = clock.instant();
        requireNotStarted(current, now);
        requests.cancelled(requests.forStaff(current.getRequestReference()), now);
        current.cancelByStaff(why, now);
        Consultation saved = claims.claim(current);
        alerts.toAll(saved, AlertType.CONSULTATION_CANCELLED);
        audit.record(AuditAction.CONSULTATION_CANCELLED, AuditTarget.REQUEST, saved.getRequestReference(),
                "by staff, consultation " + saved.getId());
    }

    /**
     * The last {@code weeks} weeks up to this one (Monday to Sunday in the office's zone), oldest
     * first: consultations starting that week that were booked (not cancelled), held, no-show,
     * cancelled. Administrators only, as the service-level page.
     */
    public List<Week> weekly(int weeks) {
        me();
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException();
        }
        ZoneId zone = calendar.zone();
        LocalDate thisMonday = LocalDate.ofInstant(clock.instant(), zone)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisMonday.minusWeeks(weeks - 1L);
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = thisMonday.plusWeeks(1).atStartOfDay(zone).toInstant();
        List<Consultation> all = consultations.findByStartAtGreaterThanEqualAndStartAtLessThanOrderByStartAt(from, to);
        List<Week> result = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(thisMonday); monday = monday.plusWeeks(1)) {
            Instant start = monday.atStartOfDay(zone).toInstant();
            Instant end = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
            List<ConsultationStatus> inWeek = all.stream()
                    .filter(c -> !c.getStartAt().isBefore(start) && c.getStartAt().isBefore(end))
                    .map(Consultation::getStatus).toList();
            result.add(new Week(monday, (int) inWeek.stream().filter(s -> s != ConsultationStatus.CANCELLED).count(),
                    count(inWeek, ConsultationStatus.HELD), count(inWeek, ConsultationStatus.NO_SHOW),
                    count(inWeek, ConsultationStatus.CANCELLED)));
        }
        return result;
    }

    private static int count(List<ConsultationStatus> statuses, ConsultationStatus which) {
        return (int) statuses.stream().filter(s -> s == which).count();
    }

    static Line line(Consultation c, String staffName, long myId, Instant now) {
        boolean started = !now.isBefore(c.getStartAt());
        return new Line(c.getId(), c.getRequestReference(), c.getStatus(), c.getStartAt(), c.getEndAt(),
                c.getClientZone(), c.getStaffZone(), c.getVideoLink(),
                c.getStaffAccountId() == myId && c.getStatus() != ConsultationStatus.CANCELLED && started,
                staffName, c.isBooked() && !started, c.getStaffReason(), c.getInvitedExpertId().isPresent());
    }

    private String name(Map<Long, String> names, long staffId) {
        return names.computeIfAbsent(staffId,
                id -> accounts.findById(id).map(Account::getDisplayName).orElse(""));
    }

    private Consultation booked(long consultationId) {
        return consultations.findById(consultationId).filter(Consultation::isBooked)
                .orElseThrow(() -> new DomainException("consultation.refused.not-booked"));
    }

    private static void requireNotStarted(Consultation consultation, Instant now) {
        if (!now.isBefore(consultation.getStartAt())) {
            throw new DomainException("consultation.refused.started");
        }
    }

    /** Required, at most {@link Consultation#MAX_REASON} characters, nothing hidden in it. */
    static String checkReason(String reason) {
        if (UserText.isBlank(reason) || reason.strip().length() > Consultation.MAX_REASON) {
            throw new InvalidInputException(Map.of("reason", "consultation.invalid.reason"));
        }
        return UserText.requireClean("reason", reason.strip(), UserText.Kind.TEXT);
    }

    private Account me() {
        if (!currentUser.hasRole(Role.STAFF) && !currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException();
        }
        return accounts.findById(currentUser.requireAccountId()).filter(Account::isEnabled)
                .orElseThrow(NotPermittedException::new);
    }
}
