package org.expertportal.country.ui;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Markdown to HTML that is safe to show: commonmark escapes raw HTML and drops unsafe link
 * targets, then a jsoup allow-list keeps only text formatting, headings, lists, quotes and http(s)
 * links. No script, no event handler, no iframe, no style survives, whatever an editor typed.
 */
@Component
public class ArticleRenderer {

    private static final List<Extension> NO_EXTENSIONS = List.of();
    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h2", "h3", "h4", "hr")
            .removeTags("span")
            .addProtocols("a", "href", "https", "http")
            .removeProtocols("a", "href", "ftp", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private final Parser parser = Parser.builder().extensions(NO_EXTENSIONS).build();
    private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    /** Sanitised HTML wrapped in one {@code <div class="portal-article">}, as Vaadin's Html needs. */
    public String toSafeHtml(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        String clean = Jsoup.clean(html.render(document), ALLOWED);
        return "<div class=\"portal-article\">" + clean + "</div>";
    }

    /** The words only, for the search index and snippets. */
    public String toPlainText(String markdown) {
        return text.render(parser.parse(markdown == null ? "" : markdown));
    }
}
