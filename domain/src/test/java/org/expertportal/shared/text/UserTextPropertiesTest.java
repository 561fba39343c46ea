package org.expertportal.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.expertportal.shared.text.UserText.Kind;

/** The hidden-character rule for any text, not only the listed cases. */
class UserTextPropertiesTest {

    @Property(tries = 2000)
    void any_text_is_judged_without_an_exception(@ForAll String text) {
        assertThat(UserText.refusal(text, Kind.LINE)).isNotNull();
        assertThat(UserText.refusal(text, Kind.TEXT)).isNotNull();
    }

    @Property(tries = 1000)
    void a_direction_override_or_isolate_anywhere_is_refused_in_every_kind(@ForAll("visible") String text,
            @ForAll("overrides") char override, @ForAll @IntRange(min = 0, max = 40) int at) {
        int position = Math.min(at, text.length());
        String spoiled = text.substring(0, position) + override + text.substring(position);

        assertThat(UserText.refusal(spoiled, Kind.LINE)).contains(UserText.INVISIBLE);
        assertThat(UserText.refusal(spoiled, Kind.TEXT)).contains(UserText.INVISIBLE);
    }

    @Property(tries = 1000)
    void a_control_character_anywhere_is_refused_in_a_line(@ForAll("visible") String text,
            @ForAll("controls") char control, @ForAll @IntRange(min = 0, max = 40) int at) {
        int position = Math.min(at, text.length());

        assertThat(UserText.refusal(text.substring(0, position) + control + text.substring(position), Kind.LINE))
                .contains(UserText.CONTROL);
    }

    @Property(tries = 1000)
    void letters_digits_spaces_and_punctuation_always_pass(@ForAll("visible") String text) {
        assertThat(UserText.refusal(text, Kind.LINE)).isEmpty();
        assertThat(UserText.refusal(text, Kind.TEXT)).isEmpty();
    }

    /** Latin, Cyrillic, Arabic, Georgian letters, digits, spaces and punctuation people type in names. */
    @Provide
    Arbitrary<String> visible() {
        return Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withCharRange('\u0410', '\u044F').withCharRange('\u0627', '\u064A').withCharRange('\u10D0', '\u10F0')
                .withChars(" .,'-()&\u00E9\u00FC")
                .ofMaxLength(40);
    }

    @Provide
    Arbitrary<Character> overrides() {
        return Arbitraries.of('\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
                '\u2069');
    }

    @Provide
    Arbitrary<Character> controls() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u001F'), Arbitraries.chars().range('\u007F',
                '\u009F'));
    }
}
