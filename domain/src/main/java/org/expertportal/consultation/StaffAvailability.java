package org.expertportal.consultation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When one staff member takes consultations. Its row is also the lock every booking with this
 * staff member takes first ({@code SELECT ... FOR UPDATE}), so bookings for one person happen one
 * after the other while bookings for different people do not wait for each other.
 */
@Entity
@Table(name = "consultation_availability")
public class StaffAvailability {

    public static final int DEFAULT_MEETING_MINUTES = 30;
    public static final int DEFAULT_NOTICE_MINUTES = 120;
    public static final int DEFAULT_HORIZON_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_account_id", nullable = false, unique = true)
    private long staffAccountId;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "meeting_minutes", nullable = false)
    private int meetingMinutes = DEFAULT_MEETING_MINUTES;

    @Column(name = "buffer_minutes", nullable = false)
    private int bufferMinutes;

    @Column(name = "notice_minutes", nullable = false)
    private int noticeMinutes = DEFAULT_NOTICE_MINUTES;

    @Column(name = "horizon_days", nullable = false)
    private int horizonDays = DEFAULT_HORIZON_DAYS;

    /** The staff member's own meeting link; null when they type one per booking. */
    @Column(name = "video_link", length = 500)
    private String videoLink;

    @Column(nullable = false)
    private boolean accepting;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_weekly_hours", joinColumns = @JoinColumn(name = "availability_id"))
    private List<WeeklyHours> weekly = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_availability_exception", joinColumns = @JoinColumn(name = "availability_id"))
    private List<AvailabilityException> exceptions = new ArrayList<>();

    protected StaffAvailability() {}

    StaffAvailability(long staffAccountId, ZoneId zone, Instant now) {
        this.staffAccountId = staffAccountId;
        this.timeZone = zone.getId();
        this.updatedAt = now;
    }

    void update(AvailabilitySettings settings, Instant now) {
        this.timeZone = settings.zone().getId();
        this.meetingMinutes = settings.meetingMinutes();
        this.bufferMinutes = settings.bufferMinutes();
        this.noticeMinutes = settings.noticeMinutes();
        this.horizonDays = settings.horizonDays();
        this.videoLink = settings.videoLink().orElse(null);
        this.accepting = settings.accepting();
        this.weekly = new ArrayList<>(settings.weekly());
        this.exceptions = new ArrayList<>(settings.exceptions());
        this.updatedAt = now;
    }

    public SlotRules rules() {
        return new SlotRules(zone(), weekly, exceptions, Duration.ofMinutes(meetingMinutes),
                Duration.ofMinutes(bufferMinutes), Duration.ofMinutes(noticeMinutes), Duration.ofDays(horizonDays));
    }

    public AvailabilitySettings settings() {
        return new AvailabilitySettings(zone(), List.copyOf(weekly), List.copyOf(exceptions), meetingMinutes,
                bufferMinutes, noticeMinutes, horizonDays, getVideoLink(), accepting);
    }

    public Long getId() { return id; }
    public long getStaffAccountId() { return staffAccountId; }
    public ZoneId zone() { return ZoneId.of(timeZone); }
    public Optional<String> getVideoLink() { return Optional.ofNullable(videoLink); }
    public boolean isAccepting() { return accepting; }
}
