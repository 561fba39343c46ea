package org.expertportal.search;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Public search: anyone may search what is public. One result per thing found (a country found by
 * its English name, its Russian name and its article is one result), best first, each with the
 * matched words in context.
 */
@Named
@Transactional
public class SearchService {

    public static final int MAX_RESULTS = 30;
    private static final double TITLE_BONUS = 1000;
    private static final int CONTEXT_CHARS = 90;

    private final SearchIndex index;

    public SearchService(SearchIndex index) {
        this.index = index;
    }

    public List<SearchResult> search(String query, Optional<String> regionKey, Optional<String> themeKey) {
        List<String> terms = SearchTerms.of(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<String, SearchHit> best = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        Pattern words = termPattern(terms);
        for (SearchHit found : index.find(terms, regionKey.filter(k -> k.length() <= 64),
                themeKey.filter(k -> k.length() <= 64), MAX_RESULTS * 4)) {
            // A match in the name (a country, a theme, an expert) beats any number in the text.
            SearchHit hit = words.matcher(found.title()).find()
                    ? new SearchHit(found.kind(), found.refKey(), found.title(), found.body(), found.score() + TITLE_BONUS)
                    : found;
            // An article leads to its country: one result per country.
            SearchKind kind = hit.kind() == SearchKind.ARTICLE ? SearchKind.COUNTRY : hit.kind();
            String key = kind + ":" + hit.refKey();
            SearchHit kept = best.get(key);
            if (kept == null || hit.score() > kept.score()) {
                best.put(key, new SearchHit(kind, hit.refKey(), hit.title(), hit.body(), hit.score()));
            }
            if (hit.body() != null && !hit.body().isBlank() && containsAny(hit.body(), terms)) {
                bodies.putIfAbsent(key, hit.body());
            }
        }
        return best.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue().score(), a.getValue().score()))
                .limit(MAX_RESULTS)
                .map(entry -> new SearchResult(entry.getValue().kind(), entry.getValue().refKey(),
                        entry.getValue().title(), snippet(bodies.getOrDefault(entry.getKey(), ""), terms)))
                .toList();
    }

    /** The first passage that contains a term, cut at word boundaries, terms marked. */
    static List<SearchResult.SnippetPart> snippet(String text, List<String> terms) {
        if (text.isBlank()) {
            return List.of();
        }
        Pattern words = termPattern(terms);
        Matcher first = words.matcher(text);
        if (!first.find()) {
            return List.of();
        }
        int start = Math.max(0, first.start() - CONTEXT_CHARS);
        int end = Math.min(text.length(), first.end() + CONTEXT_CHARS);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String passage = text.substring(start, end).replaceAll("\\s+", " ").strip();
        List<SearchResult.SnippetPart> parts = new ArrayList<>();
        if (start > 0) {
            parts.add(new SearchResult.SnippetPart("… ", false));
        }
        Matcher matcher = words.matcher(passage);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                parts.add(new SearchResult.SnippetPart(passage.substring(at, matcher.start()), false));
            }
            parts.add(new SearchResult.SnippetPart(matcher.group(), true));
            at = matcher.end();
        }
        if (at < passage.length()) {
            parts.add(new SearchResult.SnippetPart(passage.substring(at), false));
        }
        if (end < text.length()) {
            parts.add(new SearchResult.SnippetPart(" …", false));
        }
        return parts;
    }

    private static boolean containsAny(String text, List<String> terms) {
        return termPattern(terms).matcher(text).find();
    }

    /** Words starting with one of the terms, as the index matches them (prefixes). */
    private static Pattern termPattern(List<String> terms) {
        String alternatives = terms.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")[\\p{L}\\p{N}]*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
