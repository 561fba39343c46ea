package org.expertportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The first visit's language: the browser's most preferred one that the portal speaks. */
class SessionLanguageTest {

    @Test
    void the_first_language_of_the_browser_the_portal_speaks_wins() {
        assertThat(SessionLanguage.firstSpoken(List.of(Locale.forLanguageTag("ar-EG"), Locale.ENGLISH)))
                .isEqualTo(Locale.of("ar"));
        // Vaadin's own choice would take the exact match "en" over French from Canada.
        assertThat(SessionLanguage.firstSpoken(List.of(Locale.forLanguageTag("fr-CA"), Locale.ENGLISH)))
                .isEqualTo(Locale.of("fr"));
        assertThat(SessionLanguage.firstSpoken(List.of(Locale.GERMAN, Locale.forLanguageTag("ti-ER"))))
                .isEqualTo(Locale.of("ti"));
    }

    @Test
    void a_browser_asking_for_none_of_them_gets_english() {
        assertThat(SessionLanguage.firstSpoken(List.of(Locale.GERMAN, Locale.JAPANESE))).isEqualTo(Locale.ENGLISH);
        assertThat(SessionLanguage.firstSpoken(List.of())).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void arabic_and_farsi_read_right_to_left_the_others_left_to_right() {
        assertThat(PortalTranslations.LANGUAGES.stream().filter(PortalTranslations::isRightToLeft)
                        .map(Locale::getLanguage))
                .containsExactlyInAnyOrder("ar", "fa");
        assertThat(PortalTranslations.isRightToLeft(Locale.forLanguageTag("ar-IQ-u-nu-latn"))).isTrue();
    }
}
