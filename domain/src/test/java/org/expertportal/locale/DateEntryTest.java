package org.expertportal.locale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateEntryTest {

    private static final DateEntry UK = DateEntry.of(Locale.forLanguageTag("en-GB"));
    private static final DateEntry US = DateEntry.of(Locale.forLanguageTag("en-US"));
    private static final DateEntry RU = DateEntry.of(Locale.forLanguageTag("ru-RU"));

    @Test
    void each_region_shows_dates_in_its_own_numeric_order() {
        assertThat(UK.display()).isEqualTo("dd/MM/yyyy");
        assertThat(US.display()).isEqualTo("MM/dd/yyyy");
        assertThat(RU.display()).isEqualTo("dd.MM.yyyy");
        assertThat(DateEntry.of(Locale.forLanguageTag("de-DE")).display()).isEqualTo("dd.MM.yyyy");
        assertThat(DateEntry.of(Locale.forLanguageTag("ja-JP")).display()).isEqualTo("yyyy/MM/dd");
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource({
        "en-GB, 23/12/2027, 2027-12-23",
        "en-GB, 05/01/2028, 2028-01-05",
        "en-GB, 5/1/2028,   2028-01-05",
        "en-GB, 2027-12-23, 2027-12-23",
        "en-US, 12/23/2027, 2027-12-23",
        "en-US, 05/01/2028, 2028-05-01",
        "en-US, 2027-12-23, 2027-12-23",
        "ru-RU, 23.12.2027, 2027-12-23",
        "ru-RU, 05.01.2028, 2028-01-05",
        "ru-RU, 2027-12-23, 2027-12-23",
    })
    void a_typed_date_means_what_the_region_means(String locale, String typed, LocalDate expected) {
        assertThat(DateEntry.of(Locale.forLanguageTag(locale)).parse(typed)).contains(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is refused")
    @CsvSource({
        "en-US, 23/12/2027",
        "en-GB, 12/23/2027",
        "en-GB, 31/02/2027",
        "ru-RU, 23/12/2027",
        "en-GB, next tuesday",
        "en-GB, 2027-13-01",
    })
    void what_cannot_be_read_is_refused_not_guessed(String locale, String typed) {
        assertThat(DateEntry.of(Locale.forLanguageTag(locale)).parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"en-GB", "en-US", "ru-RU", "ru", "en", "de-DE", "fr-FR", "ja-JP"})
    void what_a_field_shows_reads_back_as_the_same_date(String locale) {
        DateEntry entry = DateEntry.of(Locale.forLanguageTag(locale));
        for (LocalDate date = LocalDate.of(2027, 1, 1); date.getYear() == 2027; date = date.plusDays(1)) {
            assertThat(entry.parse(entry.format(date))).contains(date);
        }
    }

    @Test
    void iso_is_accepted_everywhere() {
        for (String tag : new String[] {"en-GB", "en-US", "ru-RU", "de-DE", "ja-JP"}) {
            assertThat(DateEntry.of(Locale.forLanguageTag(tag)).accepted()).contains(DateEntry.ISO);
        }
    }
}
