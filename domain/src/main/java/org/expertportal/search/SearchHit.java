package org.expertportal.search;

/** A row the index matched, with its relevance. */
public record SearchHit(SearchKind kind, String refKey, String title, String body, double score) {}
