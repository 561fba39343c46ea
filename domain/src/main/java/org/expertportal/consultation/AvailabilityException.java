package org.expertportal.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A date that differs from the weekly hours: a day off (no times), or extra hours on that date
 * (start and end, in the staff member's zone). A day off wins over extra hours on the same date.
 */
@Embeddable
public record AvailabilityException(
        @Column(name = "on_date", nullable = false) LocalDate date,
        @Column(name = "start_time") LocalTime start,
        @Column(name = "end_time") LocalTime end) {

    public AvailabilityException {
        Objects.requireNonNull(date);
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("Extra hours need both a start and an end");
        }
    }

    public static AvailabilityException dayOff(LocalDate date) {
        return new AvailabilityException(date, null, null);
    }

    public static AvailabilityException extraHours(LocalDate date, LocalTime start, LocalTime end) {
        return new AvailabilityException(date, start, end);
    }

    public boolean isDayOff() {
        return start == null;
    }
}
