package org.expertportal.shared.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.shared.text.UserText.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for hidden characters in text people type, case by case. */
class UserTextTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            right-to-left override in a name         | Anna \\u202Egnp.exe
            left-to-right override                   | \\u202DAnna
            right-to-left embedding                  | Anna\\u202B
            left-to-right embedding                  | Anna\\u202A
            pop directional formatting               | Anna\\u202C
            first strong isolate                     | Anna\\u2068x
            left-to-right isolate                    | \\u2066Anna
            right-to-left isolate                    | \\u2067Anna
            pop directional isolate                  | Anna\\u2069
            left-to-right mark                       | Anna\\u200E
            right-to-left mark                       | Anna\\u200F
            Arabic letter mark                       | Anna\\u061C
            zero-width space                         | An\\u200Bna
            zero-width joiner in Latin               | An\\u200Dna
            zero-width non-joiner in Latin           | An\\u200Cna
            zero-width non-joiner at the end         | \\u0645\\u200C
            word joiner                              | An\\u2060na
            byte-order mark                          | \\uFEFFAnna
            soft hyphen                              | An\\u00ADna
            tag character                            | Anna\\uDB40\\uDC41
            Hangul filler                            | \\u3164
            Braille blank                            | \\u2800
            """)
    void invisible_characters_are_refused_in_a_line(String label, String escaped) {
        assertThat(UserText.refusal(unescape(escaped), Kind.LINE)).contains(UserText.INVISIBLE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NUL                        | Anna\\u0000
            bell                       | Anna\\u0007
            escape                     | Anna\\u001B[31m
            line feed                  | Anna\\nSmith
            carriage return            | Anna\\rSmith
            tab                        | Anna\\tSmith
            delete                     | Anna\\u007F
            C1 next line               | Anna\\u0085
            C1 single shift            | Anna\\u008E
            line separator             | Anna\\u2028Smith
            paragraph separator        | Anna\\u2029Smith
            lone high surrogate        | Anna\\uD800
            lone low surrogate         | \\uDC00Anna
            """)
    void control_characters_are_refused_in_a_line(String label, String escaped) {
        assertThat(UserText.refusal(unescape(escaped), Kind.LINE)).contains(UserText.CONTROL);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            plain Latin                          | Anna O'Brien-Smith
            Cyrillic                             | Анна Иванова
            Persian with a needed non-joiner     | \\u0645\\u06CC\\u200C\\u062E\\u0648\\u0627\\u0647\\u0645
            Devanagari with a joiner             | \\u0915\\u094D\\u200D\\u0937
            Arabic                               | \\u0645\\u062D\\u0645\\u062F
            accents, combined                    | Zoe\\u0301
            emoji                                | Anna \\uD83D\\uDE00
            Mongolian Cyrillic                   | Болормаа Цэнд
            no-break space                       | Dr\\u00A0Tsend
            """)
    void ordinary_names_pass(String label, String escaped) {
        assertThat(UserText.refusal(unescape(escaped), Kind.LINE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lines and tabs                  | First line\\r\\nsecond\\tline
            marks in mixed Arabic/English   | \\u0645\\u062D\\u0645\\u062F\\u200F (ER-2026-000041)
            zero-width joiner in emoji      | \\uD83D\\uDC68\\u200D\\uD83D\\uDC69
            Persian non-joiner              | \\u0645\\u06CC\\u200C\\u062E\\u0648\\u0627\\u0647\\u0645
            """)
    void free_text_keeps_line_breaks_marks_and_joiners(String label, String escaped) {
        assertThat(UserText.refusal(unescape(escaped), Kind.TEXT)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            override    | Hearing \\u202Edaeh\\u202C soon | text.invalid.invisible-characters
            isolate     | Hearing \\u2067x\\u2069        | text.invalid.invisible-characters
            NUL         | Hearing\\u0000soon             | text.invalid.control-characters
            escape      | \\u001B]8;;http://x\\u001B\\\\ | text.invalid.control-characters
            vertical tab| a\\u000Bb                      | text.invalid.control-characters
            form feed   | a\\u000Cb                      | text.invalid.control-characters
            lone surrogate | a\\uDBFFb                   | text.invalid.control-characters
            """)
    void free_text_refuses_other_controls_and_direction_overrides(String label, String escaped, String key) {
        assertThat(UserText.refusal(unescape(escaped), Kind.TEXT)).contains(key);
    }

    @Test
    void null_is_for_the_caller_to_require() {
        assertThat(UserText.refusal(null, Kind.LINE)).isEmpty();
    }

    @Test
    void a_refused_field_keeps_an_earlier_refusal_and_otherwise_names_its_key() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("name", "request.invalid.too-long");
        UserText.check(errors, "name", "\u202E", Kind.LINE);
        UserText.check(errors, "summary", "a\u0000", Kind.TEXT);
        assertThat(errors).containsEntry("name", "request.invalid.too-long")
                .containsEntry("summary", UserText.CONTROL);
        assertThatThrownBy(() -> UserText.requireClean("body", "x\u2066", Kind.TEXT))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.fieldErrors()).containsEntry("body", UserText.INVISIBLE));
    }

    @Test
    void text_that_shows_nothing_is_blank() {
        assertThat(UserText.isBlank("\u00A0\u2007\u202F")).isTrue();
        assertThat(UserText.isBlank("\u200B\u3164")).isTrue();
        assertThat(UserText.isBlank(" a ")).isFalse();
    }

    /** Java-style escapes, so that every case above is readable in the source and in the report. */
    static String unescape(String escaped) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                switch (next) {
                    case 'u' -> {
                        out.append((char) Integer.parseInt(escaped.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    default -> out.append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
