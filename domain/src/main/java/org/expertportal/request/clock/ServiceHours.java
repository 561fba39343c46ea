package org.expertportal.request.clock;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The hours in which the first-response clock runs: always (24/7, the default) or business hours
 * per weekday in one time zone, minus holidays. All arithmetic goes through instants, so a
 * daylight-saving change shortens or lengthens a working day exactly as a wall clock would.
 */
public sealed interface ServiceHours {

    /** The instant {@code minutes} of service time after {@code start}. */
    Instant plusServiceMinutes(Instant start, long minutes);

    static ServiceHours always() {
        return new Always();
    }

    /**
     * Parses hours such as {@code MON-FRI 09:00-18:00; SAT 10:00-14:00}. Blank means 24/7.
     *
     * @throws IllegalArgumentException with a readable message for an operator's typo
     */
    static ServiceHours parse(String spec, ZoneId zone, Set<LocalDate> holidays) {
        if (spec == null || spec.isBlank() || spec.strip().equalsIgnoreCase("24/7")) {
            return always();
        }
        Map<DayOfWeek, Window> week = new EnumMap<>(DayOfWeek.class);
        for (String part : spec.split(";")) {
            String[] dayAndTime = part.strip().split("\\s+");
            if (dayAndTime.length != 2) {
                throw new IllegalArgumentException("Service hours: expected 'MON-FRI 09:00-18:00', got '" + part + "'");
            }
            String[] days = dayAndTime[0].split("-");
            String[] times = dayAndTime[1].split("-");
            if (times.length != 2) {
                throw new IllegalArgumentException("Service hours: expected a time range such as 09:00-18:00 in '" + part + "'");
            }
            Window window = new Window(LocalTime.parse(times[0]), LocalTime.parse(times[1]));
            DayOfWeek first = day(days[0]);
            DayOfWeek last = days.length > 1 ? day(days[1]) : first;
            for (DayOfWeek d = first; ; d = d.plus(1)) {
                week.put(d, window);
                if (d == last) {
                    break;
                }
            }
        }
        return new Business(zone, week, Set.copyOf(holidays));
    }

    private static DayOfWeek day(String abbreviation) {
        String upper = abbreviation.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(upper) && upper.length() >= 3) {
                return d;
            }
        }
        throw new IllegalArgumentException("Service hours: unknown day '" + abbreviation + "'");
    }

    /** Opening and closing time of one day; closing after opening. */
    record Window(LocalTime opens, LocalTime closes) {
        public Window {
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("Service hours: " + closes + " is not after " + opens);
            }
        }
    }

    /** The clock always runs. */
    record Always() implements ServiceHours {
        @Override
        public Instant plusServiceMinutes(Instant start, long minutes) {
            return start.plus(Duration.ofMinutes(minutes));
        }
    }

    /** The clock runs in the given hours of each weekday, in {@code zone}, except on holidays. */
    record Business(ZoneId zone, Map<DayOfWeek, Window> week, Set<LocalDate> holidays) implements ServiceHours {

        private static final int MAX_DAYS = 400;

        public Business {
            Objects.requireNonNull(zone);
            week = Map.copyOf(week);
            if (week.isEmpty()) {
                throw new IllegalArgumentException("Service hours: no day has hours");
            }
        }

        @Override
        public Instant plusServiceMinutes(Instant start, long minutes) {
            Duration remaining = Duration.ofMinutes(minutes);
            Instant cursor = start;
            LocalDate date = start.atZone(zone).toLocalDate();
            for (int i = 0; i < MAX_DAYS; i++, date = date.plusDays(1)) {
                Window window = week.get(date.getDayOfWeek());
                if (window == null || holidays.contains(date)) {
                    continue;
                }
                Instant opens = ZonedDateTime.of(date, window.opens(), zone).toInstant();
                Instant closes = ZonedDateTime.of(date, window.closes(), zone).toInstant();
                if (cursor.isBefore(opens)) {
                    cursor = opens;
                }
                if (!cursor.isBefore(closes)) {
                    continue;
                }
                Duration available = Duration.between(cursor, closes);
                if (remaining.compareTo(available) <= 0) {
                    return cursor.plus(remaining);
                }
                remaining = remaining.minus(available);
                cursor = closes;
            }
            throw new IllegalStateException("Service hours leave no time in " + MAX_DAYS + " days");
        }
    }
}
