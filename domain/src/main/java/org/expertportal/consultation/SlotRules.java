package org.expertportal.consultation;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What one staff member's free slots follow: weekly hours and exceptions in their own zone,
 * meeting length, the buffer kept between meetings, the minimum notice and the booking horizon.
 */
public record SlotRules(ZoneId zone, List<WeeklyHours> weekly, List<AvailabilityException> exceptions,
        Duration meeting, Duration buffer, Duration minimumNotice, Duration horizon) {

    public SlotRules {
        Objects.requireNonNull(zone);
        weekly = List.copyOf(weekly);
        exceptions = List.copyOf(exceptions);
        if (meeting.isNegative() || meeting.isZero()) {
            throw new IllegalArgumentException("A meeting lasts some time");
        }
        if (buffer.isNegative() || minimumNotice.isNegative() || horizon.isNegative()) {
            throw new IllegalArgumentException("Buffer, notice and horizon cannot be negative");
        }
    }
}
