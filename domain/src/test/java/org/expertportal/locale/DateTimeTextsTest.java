package org.expertportal.locale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateTimeTextsTest {

    private static final Instant AFTERNOON = Instant.parse("2026-12-02T14:45:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static DateTimeTexts texts(String tag, String zone) {
        return new DateTimeTexts(Locale.forLanguageTag(tag), ZoneId.of(zone));
    }

    @Test
    void dates_name_the_month_so_no_one_reads_them_backwards() {
        LocalDate hearing = LocalDate.of(2027, 12, 23);
        assertThat(texts("en-GB", "Europe/London").date(hearing)).isEqualTo("23 Dec 2027");
        assertThat(texts("en-US", "America/New_York").date(hearing)).isEqualTo("Dec 23, 2027");
        assertThat(texts("ru-RU", "Europe/Moscow").date(hearing)).isEqualTo("23 дек. 2027\u202Fг.");
    }

    @Test
    void times_follow_the_regions_clock() {
        assertThat(texts("en-GB", "Europe/London").time(AFTERNOON)).isEqualTo("14:45");
        assertThat(texts("ru-RU", "Europe/London").time(AFTERNOON)).isEqualTo("14:45");
        // The JDK writes a narrow no-break space before AM/PM.
        assertThat(texts("en-US", "America/New_York").time(AFTERNOON)).isEqualTo("9:45\u202FAM");
    }

    @Test
    void zones_are_named_by_their_city_in_the_persons_language() {
        assertThat(texts("en-GB", "Europe/London").zoneName()).isEqualTo("London");
        assertThat(texts("ru-RU", "Europe/London").zoneName()).isEqualTo("Лондон");
        assertThat(texts("en-US", "America/New_York").zoneName()).isEqualTo("New York");
        assertThat(texts("ru-RU", "Asia/Almaty").zoneName()).isEqualTo("Алматы");
        assertThat(DateTimeTexts.zoneName(ZoneId.of("UTC"), Locale.UK)).isNotBlank().doesNotContain("/");
    }

    @Test
    void a_due_time_reads_as_date_time_and_city() {
        assertThat(new DateTimeTexts(Locale.UK, LONDON).dateTimeInZone(AFTERNOON))
                .isEqualTo("2 Dec 2026, 14:45 (London)");
    }

    @Test
    void a_zone_to_choose_names_its_city_and_country() {
        assertThat(DateTimeTexts.zoneLabel(LONDON, Locale.UK)).isEqualTo("London, United Kingdom");
        assertThat(DateTimeTexts.zoneLabel(ZoneId.of("Asia/Almaty"), Locale.forLanguageTag("ru")))
                .isEqualTo("Алматы, Казахстан");
    }

    @Test
    void a_consultation_spans_its_day_and_two_times() {
        assertThat(new DateTimeTexts(Locale.UK, LONDON).span(Instant.parse("2026-12-03T09:00:00Z"),
                        Instant.parse("2026-12-03T09:30:00Z")))
                .isEqualTo("Thursday, 3 December 2026, 09:00–09:30 (London)");
    }
}
