package org.expertportal.consultation.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Consultation dates written out in full ("Monday, 23 November 2026"), never as 11/12 digits. */
final class ConsultationTimes {

    private ConsultationTimes() {}

    static String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }

    static String time(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(instant);
    }

    /** "Monday, 23 November 2026, 09:00 (Europe/London)". */
    static String moment(Instant instant, ZoneId zone, Locale locale) {
        return day(LocalDate.ofInstant(instant, zone), locale) + ", " + time(instant, zone, locale) + " (" + zone.getId()
                + ")";
    }

    /** "Monday, 23 November 2026, 09:00–09:30 (Europe/London)". */
    static String span(Instant start, Instant end, ZoneId zone, Locale locale) {
        return day(LocalDate.ofInstant(start, zone), locale) + ", " + time(start, zone, locale) + "–"
                + time(end, zone, locale) + " (" + zone.getId() + ")";
    }
}
