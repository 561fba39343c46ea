package org.expertportal.search;

/** What a search result points to. */
public enum SearchKind {
    COUNTRY,
    ARTICLE,
    THEME,
    EXPERT
}
