package org.expertportal.country;

import java.time.Instant;

/** One entry of an article's history, for administrators. */
public record ArticleVersion(int version, Instant publishedAt, String publishedBy) {}
