package org.expertportal.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** Hours on one weekday, in the staff member's own zone: from {@code start} to {@code end}. */
@Embeddable
public record WeeklyHours(
        @Enumerated(EnumType.STRING) @Column(name = "day_of_week", nullable = false, length = 9) DayOfWeek day,
        @Column(name = "start_time", nullable = false) LocalTime start,
        @Column(name = "end_time", nullable = false) LocalTime end) {

    public WeeklyHours {
        Objects.requireNonNull(day);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
    }
}
