package org.expertportal.country;

/** A new version of a country's article is public. Followers and the search index care. */
public record CountryArticlePublished(String isoCode, int version) {}
