package org.expertportal.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.expertportal.shared.DomainException;

/**
 * One consultation booked on a request with one staff member. While booked, {@code heldStart}
 * equals the start and the database keeps (staff, heldStart) unique: that key, not a check in
 * code, is what makes a slot impossible to book twice. Cancelling empties it, so the slot is free
 * again. Every change raises the calendar {@code sequence}; the {@code uid} never changes.
 */
@Entity
@Table(name = "consultation")
public class Consultation {

    public static final Duration DAY_REMINDER = Duration.ofHours(24);
    public static final Duration HOUR_REMINDER = Duration.ofHours(1);
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 100, updatable = false)
    private String uid;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "request_reference", nullable = false, length = 20, updatable = false)
    private String requestReference;

    @Column(name = "client_account_id", nullable = false, updatable = false)
    private long clientAccountId;

    @Column(name = "staff_account_id", nullable = false)
    private long staffAccountId;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(name = "end_at", nullable = false)
    private Instant endAt;

    @Column(name = "held_start_at")
    private Instant heldStartAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConsultationStatus status;

    @Column(nullable = false)
    private int sequence;

    @Column(name = "video_link", length = 500)
    private String videoLink;

    @Column(name = "client_zone", nullable = false, length = 64)
    private String clientZone;

    @Column(name = "staff_zone", nullable = false, length = 64)
    private String staffZone;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "day_reminder_at")
    private Instant dayReminderAt;

    @Column(name = "hour_reminder_at")
    private Instant hourReminderAt;

    /** Why staff last moved or cancelled it, for the client; null after the client's own change. */
    @Column(name = "staff_reason", length = MAX_REASON)
    private String staffReason;

    /** The request's expert, invited by staff as a second attendee: they get every invite after that. */
    @Column(name = "invited_expert_id")
    private Long invitedExpertId;

    protected Consultation() {}

    Consultation(String uid, long requestId, String requestReference, long clientAccountId, long staffAccountId,
            Slot slot, String videoLink, ZoneId clientZone, ZoneId staffZone, Instant now) {
        this.uid = Objects.requireNonNull(uid);
        this.requestId = requestId;
        this.requestReference = requestReference;
        this.clientAccountId = clientAccountId;
        this.staffAccountId = staffAccountId;
        this.videoLink = videoLink;
        this.clientZone = clientZone.getId();
        this.staffZone = staffZone.getId();
        this.status = ConsultationStatus.BOOKED;
        this.bookedAt = now;
        place(slot, now);
    }

    private void place(Slot slot, Instant now) {
        startAt = slot.start();
        endAt = slot.end();
        heldStartAt = slot.start();
        changedAt = now;
        // A reminder only when it comes before the meeting and after the booking itself.
        dayReminderAt = startAt.minus(DAY_REMINDER).isAfter(now) ? startAt.minus(DAY_REMINDER) : null;
        hourReminderAt = startAt.minus(HOUR_REMINDER).isAfter(now) ? startAt.minus(HOUR_REMINDER) : null;
    }

    /** Moved by its client, to a time in the zone they chose. */
    void moveTo(Slot slot, ZoneId clientZone, Instant now) {
        requireBooked();
        this.clientZone = clientZone.getId();
        staffReason = null;
        sequence++;
        place(slot, now);
    }

    /** Moved by staff, with the reason the client will read. */
    void moveByStaff(Slot slot, String reason, Instant now) {
        requireBooked();
        staffReason = Objects.requireNonNull(reason);
        sequence++;
        place(slot, now);
    }

    /** Cancelled by its client. */
    void cancel(Instant now) {
        requireBooked();
        staffReason = null;
        cancelNow(now);
    }

    /** Cancelled by staff, with the reason the client will read. */
    void cancelByStaff(String reason, Instant now) {
        requireBooked();
        staffReason = Objects.requireNonNull(reason);
        cancelNow(now);
    }

    private void cancelNow(Instant now) {
        requireBooked();
        status = ConsultationStatus.CANCELLED;
        heldStartAt = null;
        dayReminderAt = null;
        hourReminderAt = null;
        changedAt = now;
        sequence++;
    }

    void useLink(String link, Instant now) {
        requireBooked();
        videoLink = link;
        changedAt = now;
        sequence++;
    }

    /** Names the expert as a second attendee; the invite itself does not change, so neither does its sequence. */
    void inviteExpert(long expertId, Instant now) {
        requireBooked();
        invitedExpertId = expertId;
        changedAt = now;
    }

    /** Held or no-show: the time stays taken, nothing is sent any more. */
    void close(ConsultationStatus outcome, Instant now) {
        if (outcome != ConsultationStatus.HELD && outcome != ConsultationStatus.NO_SHOW) {
            throw new IllegalArgumentException("An outcome is held or no-show");
        }
        if (status != ConsultationStatus.BOOKED && status != ConsultationStatus.HELD
                && status != ConsultationStatus.NO_SHOW) {
            throw new DomainException("consultation.refused.not-booked");
        }
        if (now.isBefore(startAt)) {
            throw new DomainException("consultation.refused.not-started");
        }
        status = outcome;
        dayReminderAt = null;
        hourReminderAt = null;
        changedAt = now;
    }

    /** Clears the reminder that is due and says which one it was, if any; each fires once. */
    Optional<Duration> takeDueReminder(Instant now) {
        if (status != ConsultationStatus.BOOKED) {
            return Optional.empty();
        }
        if (hourReminderAt != null && !hourReminderAt.isAfter(now)) {
            hourReminderAt = null;
            // The day reminder is pointless once the hour reminder goes.
            dayReminderAt = null;
            return now.isBefore(startAt) ? Optional.of(HOUR_REMINDER) : Optional.empty();
        }
        if (dayReminderAt != null && !dayReminderAt.isAfter(now)) {
            dayReminderAt = null;
            return Optional.of(DAY_REMINDER);
        }
        return Optional.empty();
    }

    private void requireBooked() {
        if (status != ConsultationStatus.BOOKED) {
            throw new DomainException("consultation.refused.not-booked");
        }
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getUid() { return uid; }
    public long getRequestId() { return requestId; }
    public String getRequestReference() { return requestReference; }
    public long getClientAccountId() { return clientAccountId; }
    public long getStaffAccountId() { return staffAccountId; }
    public Instant getStartAt() { return startAt; }
    public Instant getEndAt() { return endAt; }
    public ConsultationStatus getStatus() { return status; }
    public int getSequence() { return sequence; }
    public Optional<String> getVideoLink() { return Optional.ofNullable(videoLink); }
    public ZoneId getClientZone() { return ZoneId.of(clientZone); }
    public ZoneId getStaffZone() { return ZoneId.of(staffZone); }
    public Instant getBookedAt() { return bookedAt; }
    public Instant getChangedAt() { return changedAt; }
    public Optional<Instant> getDayReminderAt() { return Optional.ofNullable(dayReminderAt); }
    public Optional<Instant> getHourReminderAt() { return Optional.ofNullable(hourReminderAt); }
    public boolean isBooked() { return status == ConsultationStatus.BOOKED; }
    public Optional<String> getStaffReason() { return Optional.ofNullable(staffReason); }
    public Optional<Long> getInvitedExpertId() { return Optional.ofNullable(invitedExpertId); }
}
