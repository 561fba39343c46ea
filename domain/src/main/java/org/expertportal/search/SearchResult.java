package org.expertportal.search;

import java.util.List;

/** A result as shown: where it leads, its title and the matched words in context. */
public record SearchResult(SearchKind kind, String refKey, String title, List<SnippetPart> snippet) {

    /** A piece of the context; {@code matched} pieces are the words the visitor searched for. */
    public record SnippetPart(String text, boolean matched) {}
}
