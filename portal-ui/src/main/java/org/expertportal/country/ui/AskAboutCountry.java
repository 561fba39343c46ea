package org.expertportal.country.ui;

import com.vaadin.flow.component.html.Anchor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * "Ask about this country": the one place that decides where a visitor goes to ask about a
 * country. For now the request form with the country chosen ({@code request?country=<slug>});
 * when short requests arrive, repoint {@link #address(String)} and every page follows.
 */
final class AskAboutCountry {

    private AskAboutCountry() {}

    /** Relative to the page's base, as every route of the portal. */
    static String address(String slug) {
        return "request?country=" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }

    static Anchor link(String slug) {
        var link = new Anchor(address(slug), "");
        link.setText(link.getTranslation("country.ask"));
        link.setId("ask-about-country");
        return link;
    }
}
