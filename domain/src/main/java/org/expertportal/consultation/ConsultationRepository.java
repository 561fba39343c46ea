package org.expertportal.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: booked consultations. */
public interface ConsultationRepository {

    Optional<Consultation> findById(Long id);

    /** The consultation, locked until the transaction ends. */
    Optional<Consultation> lockById(long id);

    /** The request's consultations, newest first. */
    List<Consultation> findByRequestIdOrderByStartAtDesc(long requestId);

    /** Booked consultations of every staff member that end after {@code from}: what makes them busy. */
    List<Consultation> bookedEndingAfter(Instant from);

    /**
     * The staff member's booked consultations ending after {@code from}, read with a lock so that
     * they are the latest committed ones, not the transaction's snapshot. Call it while holding
     * the staff member's availability lock.
     */
    List<Consultation> lockBookedOfStaffEndingAfter(long staffAccountId, Instant from);

    /** A staff member's consultations starting in [from, to), any status, by start. */
    List<Consultation> findByStaffAccountIdAndStartAtGreaterThanEqualAndStartAtLessThanOrderByStartAt(
            long staffAccountId, Instant from, Instant to);

    /** Every staff member's consultations starting in [from, to), any status, by start. */
    List<Consultation> findByStartAtGreaterThanEqualAndStartAtLessThanOrderByStartAt(Instant from, Instant to);

    /** Ids of booked consultations with a reminder due at {@code now}. */
    List<Long> dueReminderIds(Instant now);

    Consultation save(Consultation consultation);
}
