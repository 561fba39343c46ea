package org.expertportal.locale;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonLocaleTest {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale RUSSIAN = Locale.of("ru");

    @Test
    void the_accounts_region_comes_first() {
        assertThat(PersonLocale.resolve(ENGLISH, Optional.of("US"), List.of(Locale.forLanguageTag("en-GB")), "GB"))
                .isEqualTo(Locale.forLanguageTag("en-US"));
    }

    @Test
    void then_the_browsers_region_for_that_language() {
        assertThat(PersonLocale.resolve(ENGLISH, Optional.empty(),
                        List.of(Locale.forLanguageTag("ru-KZ"), Locale.forLanguageTag("en-US")), "GB"))
                .isEqualTo(Locale.forLanguageTag("en-US"));
        assertThat(PersonLocale.resolve(RUSSIAN, Optional.empty(),
                        List.of(Locale.forLanguageTag("ru"), Locale.forLanguageTag("en-IE")), "GB"))
                .isEqualTo(Locale.forLanguageTag("ru-IE"));
    }

    @Test
    void english_without_a_region_is_british_english() {
        assertThat(PersonLocale.resolve(ENGLISH, Optional.empty(), List.of(ENGLISH), PersonLocale.DEFAULT_REGION))
                .isEqualTo(Locale.UK);
        assertThat(PersonLocale.resolve(ENGLISH, Optional.empty(), List.of(), "not a region"))
                .isEqualTo(Locale.UK);
    }

    @Test
    void a_deployment_can_choose_another_default() {
        assertThat(PersonLocale.resolve(ENGLISH, Optional.empty(), List.of(ENGLISH), "ie"))
                .isEqualTo(Locale.forLanguageTag("en-IE"));
    }

    @Test
    void an_unknown_stored_region_is_ignored() {
        assertThat(PersonLocale.resolve(ENGLISH, Optional.of("XX"), List.of(Locale.US), "GB")).isEqualTo(Locale.US);
    }

    @Test
    void arabic_and_farsi_are_written_in_western_digits_everywhere() {
        Locale arabic = PersonLocale.of(Locale.of("ar"), "IQ");
        Locale farsi = PersonLocale.of(Locale.of("fa"), "IR");
        assertThat(arabic.toLanguageTag()).isEqualTo("ar-IQ-u-nu-latn");
        assertThat(farsi.toLanguageTag()).isEqualTo("fa-IR-u-nu-latn");
        assertThat(PersonLocale.of(ENGLISH, "GB")).isEqualTo(Locale.UK);
        for (Locale locale : List.of(arabic, farsi)) {
            assertThat(NumberFormat.getIntegerInstance(locale).format(1234567)).matches("1.234.567");
            assertThat(new DateTimeTexts(locale, ZoneOffset.UTC).date(LocalDate.of(2027, 12, 23)))
                    .contains("23").contains("2027");
            assertThat(TranslatedText.format("{0,plural,one{# x} other{# y}}", locale, 11)).isEqualTo("11 y");
        }
        // Without the extension Java would write Arabic-Indic digits: the rule is not a no-op.
        assertThat(NumberFormat.getIntegerInstance(Locale.forLanguageTag("ar-EG")).format(7))
                .isNotEqualTo("7");
    }
}
