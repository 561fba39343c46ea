package org.expertportal.consultation;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** What a staff member sets on the availability page. Checked by {@link StaffConsultationService}. */
public record AvailabilitySettings(ZoneId zone, List<WeeklyHours> weekly, List<AvailabilityException> exceptions,
        int meetingMinutes, int bufferMinutes, int noticeMinutes, int horizonDays, Optional<String> videoLink,
        boolean accepting) {

    public AvailabilitySettings {
        weekly = weekly == null ? List.of() : List.copyOf(weekly);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        videoLink = videoLink == null ? Optional.empty() : videoLink.filter(link -> !link.isBlank()).map(String::strip);
    }

    /** Nothing set yet: the defaults of the issue, no hours, not accepting bookings. */
    public static AvailabilitySettings defaults(ZoneId zone) {
        return new AvailabilitySettings(zone, List.of(), List.of(), StaffAvailability.DEFAULT_MEETING_MINUTES, 0,
                StaffAvailability.DEFAULT_NOTICE_MINUTES, StaffAvailability.DEFAULT_HORIZON_DAYS, Optional.empty(), false);
    }
}
