package org.expertportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What no mail may contain: any country the portal covers (by ISO code's slug from the reference
 * data), any theme, and words that only case content would bring.
 */
final class PrivacyRules {

    private static final List<String> FORBIDDEN = forbidden();

    private PrivacyRules() {}

    static void assertNoCaseContent(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : FORBIDDEN) {
            assertThat(lower).as("mail text mentions \"" + word + "\"").doesNotContain(word);
        }
    }

    private static List<String> forbidden() {
        List<String> words = new ArrayList<>();
        // countries.csv: iso_code;slug;region_key
        for (String line : lines("db/changelog/data/countries.csv")) {
            words.add(line.split(";")[1].replace('-', ' '));
        }
        // themes.csv: theme_key;sort_order; "persecution", "conscription"... as words
        for (String line : lines("db/changelog/data/themes.csv")) {
            for (String part : line.split(";")[0].split("-")) {
                if (part.length() > 4) {
                    words.add(part);
                }
            }
        }
        words.addAll(List.of("asylum", "убежищ", "hearing", "заседани", "summary"));
        assertThat(words).hasSizeGreaterThan(58 + 17);
        return words;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = PrivacyRules.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
