package org.expertportal.request.clock;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The office's time zone: where "today", hearing countdowns and the service-level weeks (Monday
 * 00:00 to Monday 00:00) are counted. Built from {@code portal.response.zone} by the application.
 */
public record OfficeCalendar(ZoneId zone) {

    public OfficeCalendar {
        Objects.requireNonNull(zone);
    }

    public LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    /** Monday 00:00 of the week {@code now} falls in. */
    public Instant weekStart(Instant now) {
        return today(now).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
