package org.expertportal.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** What staff see of consultations. No case detail: the reference leads to the request page. */
public final class StaffConsultationViews {

    private StaffConsultationViews() {}

    /**
     * One line of a staff list (their own, everyone's, or one request's consultations).
     *
     * @param staffName who takes it
     * @param mayRecordOutcome whether it has started and may be marked held or no-show (its own staff member)
     * @param mayChange whether staff may still move or cancel it: booked and not started
     * @param staffReason why staff last moved or cancelled it, if they did
     * @param expertInvited whether the request's expert is invited as a second attendee
     */
    public record Line(long id, String reference, ConsultationStatus status, Instant start, Instant end,
            ZoneId clientZone, ZoneId staffZone, Optional<String> videoLink, boolean mayRecordOutcome,
            String staffName, boolean mayChange, Optional<String> staffReason, boolean expertInvited) {}

    /** Consultations of one week (Monday, in the organisation's zone) by what became of them. */
    public record Week(LocalDate monday, int booked, int held, int noShow, int cancelled) {}
}
