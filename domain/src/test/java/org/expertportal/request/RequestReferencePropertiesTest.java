package org.expertportal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/** What the reference parser promises for every reference it could meet, not only the examples. */
class RequestReferencePropertiesTest {

    /** The form {@code RequestNumbers} writes. */
    private static String written(int year, long number) {
        return "ER-%d-%06d".formatted(year, number);
    }

    @Property
    void every_reference_it_writes_it_reads_back(
            @ForAll @IntRange(min = 1000, max = 9999) int year,
            @ForAll @LongRange(min = 0, max = 999_999_999_999L) long number) {
        String text = written(year, number);

        assertThat(RequestReference.parse(text)).map(RequestReference::value).contains(text);
        assertThat(RequestReference.of(text).value()).isEqualTo(text);
    }

    @Property
    void the_address_form_and_surrounding_spaces_read_back_as_the_same_reference(
            @ForAll @IntRange(min = 1000, max = 9999) int year,
            @ForAll @IntRange(min = 0, max = 999_999) int number,
            @ForAll("spaces") String before, @ForAll("spaces") String after, @ForAll boolean lower) {
        String text = written(year, number);
        RequestReference reference = RequestReference.of(text);
        String typed = before + (lower ? reference.urlForm() : text.toLowerCase(Locale.ROOT).replace("er", "Er")) + after;

        assertThat(RequestReference.parse(typed)).contains(reference);
        assertThat(RequestReference.parse(reference.urlForm())).contains(reference);
    }

    @Property(tries = 2000)
    void any_text_is_read_or_refused_without_an_exception(@ForAll String text) {
        assertThat(RequestReference.parse(text)).isNotNull();
    }

    @Property(tries = 2000)
    void every_parse_result_is_canonical_and_plain_ascii(@ForAll("nearlyReferences") String text) {
        Optional<RequestReference> parsed = RequestReference.parse(text);

        parsed.ifPresent(reference -> {
            assertThat(reference.value()).matches("[A-Z0-9-]+").hasSizeLessThanOrEqualTo(RequestReference.MAX_LENGTH);
            String[] parts = reference.value().split("-");
            assertThat(written(Integer.parseInt(parts[1]), Long.parseLong(parts[2]))).isEqualTo(reference.value());
            assertThat(RequestReference.parse(reference.value())).contains(reference);
            assertThat(RequestReference.parse(reference.urlForm())).contains(reference);
        });
    }

    @Property(tries = 2000)
    void a_reference_with_anything_else_inside_or_around_it_is_refused(
            @ForAll @IntRange(min = 1000, max = 9999) int year, @ForAll @IntRange(min = 0, max = 999_999) int number,
            @ForAll("notDigitsOrSpaces") String noise, @ForAll @IntRange(min = 0, max = 14) int at) {
        String text = written(year, number);
        String spoiled = text.substring(0, at) + noise + text.substring(at);

        assertThat(RequestReference.parse(spoiled)).isEmpty();
    }

    @Property(tries = 500)
    void arbitrary_unicode_text_of_a_references_length_never_parses_to_anything_outside_the_form(
            @ForAll @StringLength(min = 14, max = 20) String text) {
        RequestReference.parse(text).ifPresent(reference -> assertThat(reference.value())
                .matches("ER-[1-9][0-9]{3}-[0-9]{6,12}"));
    }

    @Label("hostile examples from the probe")
    @Example
    void hostile_examples_are_refused() {
        for (String hostile : new String[] {"../", "..%2F", "%00", "ER-2026-000041%00", "ER-2026-000041\u0000",
            "ER-2026-000041;jsessionid=ABC", "ER-2026-000041/../../admin", "' OR '1'='1", "ER-2026-000041' --",
            "ЕR-2026-000041", "ER-２０２６-000041", "ER-2026-00004١", "ER\u20102026\u2010000041",
            "ER-2026-000041\u202E", "\u200BER-2026-000041", "ER-2026-0000041", "ER-0026-000041", "ER-2026-41",
            "ER-2026-" + "9".repeat(13), "x".repeat(10_000), "", " ", "ER--000041", "er_2026_000041"}) {
            assertThat(RequestReference.parse(hostile)).as(hostile).isEmpty();
        }
    }

    @Example
    void an_address_in_lower_case_with_spaces_around_reads_back() {
        assertThat(RequestReference.parse("  er-2026-000041\t")).map(RequestReference::value).contains("ER-2026-000041");
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.strings().withChars(' ', '\t', '\n', '\u2003', '\u3000').ofMaxLength(3);
    }

    @Provide
    Arbitrary<String> notDigitsOrSpaces() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(3)
                .filter(s -> s.chars().allMatch(c -> !(c >= '0' && c <= '9') && !Character.isWhitespace(c)));
    }

    /** Mostly strings made of the characters of a reference, so that the parser's accepting paths are explored. */
    @Provide
    Arbitrary<String> nearlyReferences() {
        Arbitrary<String> alphabet = Arbitraries.strings().withChars("ERer-0123456789 \u0415\uFF12\u0661").ofMaxLength(22);
        Arbitrary<String> shaped = Arbitraries.of("ER-", "er-", "Er-", "ЕR-").flatMap(prefix -> Arbitraries.strings()
                .withChars("0123456789").ofMinLength(3).ofMaxLength(5).flatMap(year -> Arbitraries.strings()
                        .withChars("0123456789-").ofMinLength(1).ofMaxLength(14).map(rest -> prefix + year + "-" + rest)));
        return Arbitraries.oneOf(alphabet, shaped);
    }
}
