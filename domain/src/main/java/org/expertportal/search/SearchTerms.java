package org.expertportal.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a visitor typed into terms the index can match safely: letters and digits only (no
 * operators, quotes, SQL or markup survive), at least three characters (shorter words are not
 * indexed), at most eight terms of at most 40 characters, from the first 200 characters typed.
 */
public final class SearchTerms {

    public static final int MAX_QUERY_LENGTH = 200;
    static final int MIN_TERM_LENGTH = 3;
    static final int MAX_TERM_LENGTH = 40;
    static final int MAX_TERMS = 8;

    private SearchTerms() {}

    public static List<String> of(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String cut = query.length() > MAX_QUERY_LENGTH ? query.substring(0, MAX_QUERY_LENGTH) : query;
        String normalised = Normalizer.normalize(cut, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return Arrays.stream(normalised.split("[^\\p{L}\\p{N}]+"))
                .filter(term -> term.codePointCount(0, term.length()) >= MIN_TERM_LENGTH)
                .map(term -> term.length() > MAX_TERM_LENGTH ? term.substring(0, MAX_TERM_LENGTH) : term)
                .distinct()
                .limit(MAX_TERMS)
                .toList();
    }
}
