package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/** What the file-name rules promise for every name, not only the examples of {@link FileNamesTest}. */
class FileNamesPropertiesTest {

    @Property(tries = 2000)
    void any_accepted_name_sanitises_to_a_safe_name(@ForAll("names") String name) {
        Assume.that(FileNames.refusal(name).isEmpty());
        String kept = FileNames.sanitise(name);

        assertThat(kept).isNotBlank().doesNotContain("/", "\\", ":").doesNotStartWith(".");
        assertThat(kept.length()).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
        assertThat(kept.codePoints()).noneMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE);
        assertThat(kept).doesNotContain("\"", ";", "%", "*", "<", ">", "?", "|");
        assertThat(kept).isEqualTo(kept.strip());
        assertThat(FileNames.refusal(kept)).as("what is kept is accepted again").isEmpty();
    }

    @Property(tries = 2000)
    void sanitising_is_idempotent(@ForAll("names") String name) {
        Assume.that(FileNames.refusal(name).isEmpty());
        String once = FileNames.sanitise(name);

        assertThat(FileNames.sanitise(once)).isEqualTo(once);
    }

    @Property(tries = 1000)
    void the_extension_of_an_accepted_name_is_kept(@ForAll("names") String base, @ForAll("extensions") String extension) {
        Assume.that(base.codePoints().anyMatch(Character::isLetterOrDigit));
        String name = base + "." + extension;
        Assume.that(FileNames.refusal(name).isEmpty());

        assertThat(FileNames.sanitise(name)).endsWith("." + extension);
        assertThat(FileNames.extension(FileNames.sanitise(name))).contains(extension);
    }

    @Property(tries = 1000)
    void any_name_with_a_path_separator_is_refused(
            @ForAll("names") String before, @ForAll("separators") String separator, @ForAll("names") String after) {
        assertThat(FileNames.refusal(before + separator + after)).isPresent();
    }

    @Property(tries = 1000)
    void any_name_with_a_control_or_hidden_character_is_refused(
            @ForAll("names") String before, @ForAll("hidden") char hidden, @ForAll("names") String after) {
        assertThat(FileNames.refusal(before + "x" + hidden + after)).contains("document.refused.name-control");
    }

    @Property(tries = 300)
    void a_name_that_grows_past_the_limit_when_normalised_is_refused_not_stored_long(
            @ForAll @StringLength(min = 70, max = 199) @CharRange(from = '\uFB2C', to = '\uFB2C') String hebrew) {
        // U+FB2C decomposes into three characters under NFC.
        assertThat(FileNames.refusal(hebrew + ".pdf")).contains("document.refused.name-long");
    }

    @Property(tries = 1000)
    void any_text_is_refused_or_sanitised_without_an_exception(@ForAll String anything) {
        if (FileNames.refusal(anything).isEmpty()) {
            assertThat(FileNames.sanitise(anything).length()).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
        }
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<Character> awkward = Arbitraries.of(' ', '.', '"', ';', '%', '*', '?', '<', '>', '|', '\t', '\u00A0',
                '\u2003', '\u3000', 'é', 'e', '\u0301', 'Я', 'ß', 'İ', '\u0958', '\uFB2C', '\'', '#', '&', '+');
        Arbitrary<Character> plain = Arbitraries.chars().alpha().numeric().with('-', '_', ' ', '.');
        Arbitrary<Character> any = Arbitraries.chars().all();
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(5, plain), net.jqwik.api.Tuple.of(3, awkward), net.jqwik.api.Tuple.of(1, any))
                .list().ofMinSize(0).ofMaxSize(220)
                .map(chars -> {
                    StringBuilder text = new StringBuilder();
                    chars.forEach(text::append);
                    return text.toString();
                });
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of("pdf", "docx", "jpg", "jpeg", "png", "PDF", "Docx");
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("/", "\\", ":", "../", "..\\", "/etc/", "C:\\");
    }

    @Provide
    Arbitrary<Character> hidden() {
        return Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u001F'),
                Arbitraries.chars().range('\u007F', '\u009F'),
                Arbitraries.of('\u200B', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066',
                        '\u2067', '\u2068', '\u2069', '\uFEFF', '\u2028', '\u2029', '\uD800', '\uDFFF'));
    }

}
