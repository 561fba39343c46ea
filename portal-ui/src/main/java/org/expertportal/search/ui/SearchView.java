package org.expertportal.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.expertportal.country.CountryProfileService;
import org.expertportal.country.CountrySummary;
import org.expertportal.country.ui.CoverageSelect;
import org.expertportal.search.SearchKind;
import org.expertportal.search.SearchResult;
import org.expertportal.search.SearchService;
import org.expertportal.search.SearchTerms;

/**
 * One box over country names (in every language), articles, themes and expert profiles, with
 * region and theme filters. The query lives in the address ({@code /search?q=...}). Whatever is
 * typed is only ever shown as text.
 */
@Route("search")
@AnonymousAllowed
@Menu(order = 30, title = "menu.search", icon = "vaadin:search")
class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SearchService search;
    private final CountryProfileService countries;
    private final TextField query = new TextField();
    private final CoverageSelect region;
    private final CoverageSelect theme;
    private final Div results = new Div();

    SearchView(SearchService search, CountryProfileService countries) {
        this.search = search;
        this.countries = countries;
        addClassName("portal-page");

        query.setLabel(getTranslation("search.query"));
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setMaxLength(SearchTerms.MAX_QUERY_LENGTH);
        query.setWidth("24rem");
        query.setId("search-query");
        query.addKeyPressListener(Key.ENTER, e -> submit());

        region = CoverageSelect.regions(countries.regionKeys());
        theme = CoverageSelect.themes(countries.themeKeys());

        var go = new Button(getTranslation("search.submit"), click -> submit());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("search-submit");
        var bar = new HorizontalLayout(query, region, theme, go);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        results.setId("search-results");
        add(new H1(getTranslation("search.title")), bar, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        String q = first(params, "q");
        query.setValue(q.length() > SearchTerms.MAX_QUERY_LENGTH ? q.substring(0, SearchTerms.MAX_QUERY_LENGTH) : q);
        String regionKey = first(params, "region");
        String themeKey = first(params, "theme");
        region.select(regionKey);
        theme.select(themeKey);
        show(q);
    }

    private void submit() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", query.getValue());
        region.chosen().ifPresent(key -> params.put("region", key));
        theme.chosen().ifPresent(key -> params.put("theme", key));
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, QueryParameters.simple(params)));
    }

    private void show(String q) {
        results.removeAll();
        if (q.isBlank()) {
            return;
        }
        if (SearchTerms.of(q).isEmpty()) {
            results.add(message(getTranslation("search.too-short")));
            return;
        }
        List<SearchResult> found = search.search(q, region.chosen(), theme.chosen());
        if (found.isEmpty()) {
            results.add(message(getTranslation("search.nothing", q)));
            return;
        }
        Map<String, CountrySummary> bySlug = countries.countries(Optional.empty(), Optional.empty()).stream()
                .collect(Collectors.toMap(CountrySummary::slug, Function.identity()));
        var list = new UnorderedList();
        list.addClassName("portal-results");
        for (SearchResult result : found) {
            list.add(item(result, bySlug));
        }
        results.add(message(getTranslation("search.count", found.size())), list);
    }

    private ListItem item(SearchResult result, Map<String, CountrySummary> bySlug) {
        String title;
        String href;
        switch (result.kind()) {
            case COUNTRY, ARTICLE -> {
                CountrySummary country = bySlug.get(result.refKey());
                title = country == null ? result.title() : getTranslation(country.nameKey());
                href = "countries/" + result.refKey();
            }
            case THEME -> {
                title = getTranslation("theme." + result.refKey());
                href = "countries?theme=" + result.refKey();
            }
            default -> {
                title = result.title();
                href = "experts/" + result.refKey();
            }
        }
        var link = new Anchor(href, title);
        link.addClassName("portal-result-title");
        if (result.kind() == SearchKind.EXPERT) {
            // An expert's name is shown as written, in any language.
            link.addClassName("portal-content");
        }
        var kind = new Span(getTranslation("search.kind." + result.kind().name().toLowerCase()));
        kind.addClassName("portal-badge");
        var snippet = new Paragraph();
        snippet.addClassNames("portal-snippet", "portal-content");
        for (SearchResult.SnippetPart part : result.snippet()) {
            var text = new Span(part.text());
            if (part.matched()) {
                text.addClassName("portal-mark");
            }
            snippet.add(text);
        }
        return new ListItem(link, kind, snippet);
    }

    private static Paragraph message(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("portal-muted");
        paragraph.setId("search-message");
        return paragraph;
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " | " + getTranslation("app.name");
    }
}
