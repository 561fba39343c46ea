package org.expertportal.locale;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * Every date and time a person reads, in one place: unambiguous dates with the month as a word
 * ("23 Dec 2027", "Dec 23, 2027", "23 дек. 2027 г."), times as their region writes them ("14:45",
 * "2:45 PM"), and time zones by city in their language ("London", "Лондон"). Pages and emails format
 * through this record only.
 *
 * @param locale the person's locale with its region ({@link PersonLocale})
 * @param zone the zone they read times in
 */
public record DateTimeTexts(Locale locale, ZoneId zone) {

    public DateTimeTexts {
        Objects.requireNonNull(locale);
        Objects.requireNonNull(zone);
    }

    /** "23 Dec 2027". */
    public String date(LocalDate date) {
        return date(date, locale);
    }

    /** "23 Dec 2027": a date is the same day in every zone. */
    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** The day {@code instant} falls on in the person's zone: "2 Dec 2026". */
    public String date(Instant instant) {
        return date(LocalDate.ofInstant(instant, zone));
    }

    /** "Thursday, 23 December 2027": for consultation days, where the weekday matters. */
    public String fullDate(LocalDate date) {
        return fullDate(date, locale);
    }

    public static String fullDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }

    /** "14:45" (or "2:45 PM" where the region writes 12-hour times). */
    public String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(instant);
    }

    /** "2 Dec 2026, 14:45". */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    /** "2 Dec 2026, 14:45:07": for logs people read to the second (audit, outbox). */
    public String timestamp(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(locale).withZone(zone).format(instant);
    }

    /** "2 Dec 2026, 14:45 (London)". */
    public String dateTimeInZone(Instant instant) {
        return dateTime(instant) + " (" + zoneName() + ")";
    }

    /** "Thursday, 3 December 2026, 09:00 (London)". */
    public String moment(Instant instant) {
        return fullDate(LocalDate.ofInstant(instant, zone)) + ", " + time(instant) + " (" + zoneName() + ")";
    }

    /** "Thursday, 3 December 2026, 09:00–09:30 (London)". */
    public String span(Instant start, Instant end) {
        return fullDate(LocalDate.ofInstant(start, zone)) + ", " + time(start) + "–" + time(end) + " ("
                + zoneName() + ")";
    }

    /** The person's zone by its city: "London", "Лондон", "New York". */
    public String zoneName() {
        return zoneName(zone, locale);
    }

    /** {@code zone} by its city in {@code locale}'s language; UTC and offsets as they are. */
    public static String zoneName(ZoneId zone, Locale locale) {
        String canonical = TimeZone.getCanonicalID(zone.getId());
        String city = canonical == null ? null
                : TimeZoneNames.getInstance(ULocale.forLocale(locale)).getExemplarLocationName(canonical);
        if (city != null && !city.isBlank()) {
            return city;
        }
        String id = zone.getId();
        return id.contains("/") ? id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') : id;
    }

    /** For choosing a zone: "London, United Kingdom", "Алматы, Казахстан". */
    public static String zoneLabel(ZoneId zone, Locale locale) {
        String city = zoneName(zone, locale);
        String region = TimeZone.getRegion(zone.getId());
        if (region == null || !PersonLocale.isRegion(region)) {
            return city;
        }
        String country = Locale.of("", region).getDisplayCountry(locale);
        return country.isBlank() || country.equals(city) ? city : city + ", " + country;
    }
}
