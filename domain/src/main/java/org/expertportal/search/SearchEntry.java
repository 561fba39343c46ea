package org.expertportal.search;

import java.util.List;

/**
 * One indexed text: a country's name in one language, a country's article, a theme's name, an
 * expert's profile. {@code refKey} is the country slug, the theme key or the expert slug.
 */
public record SearchEntry(
        SearchKind kind, String refKey, String language, String regionKey, List<String> themeKeys, String title,
        String body) {}
