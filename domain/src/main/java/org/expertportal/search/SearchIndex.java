package org.expertportal.search;

import java.util.List;
import java.util.Optional;

/** Port: the full-text index (MariaDB FULLTEXT in the persistence module). */
public interface SearchIndex {

    /** Replaces every entry of one kind and reference with these. */
    void replace(SearchKind kind, String refKey, List<SearchEntry> entries);

    /** Replaces every entry of one kind (a full rebuild of that kind). */
    void replaceAll(SearchKind kind, List<SearchEntry> entries);

    /**
     * Matches the terms (already cleaned: letters and digits only) as word prefixes, best first.
     */
    List<SearchHit> find(List<String> terms, Optional<String> regionKey, Optional<String> themeKey, int limit);
}
