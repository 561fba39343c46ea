package org.expertportal.country.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.expertportal.country.CountryProfileService;
import org.expertportal.country.CountrySummary;
import org.jsoup.nodes.Entities;

/**
 * The coverage, grouped by region, each country with its themes and a link to its profile.
 * Filters by region and theme live in the address ({@code ?region=...&theme=...}) so that a
 * filtered list can be bookmarked and shared.
 */
@Route("countries")
@AnonymousAllowed
@Menu(order = 10, title = "menu.countries", icon = "vaadin:globe")
class CountriesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CountryProfileService service;
    private final CoverageSelect region;
    private final CoverageSelect theme;
    private final Span count = new Span();
    private final Div groups = new Div();

    CountriesView(CountryProfileService service) {
        this.service = service;
        addClassName("portal-page");

        region = CoverageSelect.regions(service.regionKeys());
        region.setId("region-filter");
        theme = CoverageSelect.themes(service.themeKeys());
        theme.setId("theme-filter");
        theme.setWidth("22rem");

        var clear = new Button(getTranslation("countries.filter.clear"),
                click -> navigate(CoverageSelect.ALL, CoverageSelect.ALL));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        region.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate(e.getValue(), theme.getValue());
            }
        });
        theme.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate(region.getValue(), e.getValue());
            }
        });

        var filters = new HorizontalLayout(region, theme, clear);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        count.setId("country-count");
        groups.setId("country-groups");
        add(new H1(getTranslation("countries.title")), new Paragraph(getTranslation("countries.lead")), filters,
                count, groups);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        String regionKey = first(params, "region");
        String themeKey = first(params, "theme");
        region.select(regionKey);
        theme.select(themeKey);
        show(service.countries(region.chosen(), theme.chosen()));
    }

    private void show(List<CountrySummary> countries) {
        groups.removeAll();
        count.setText(getTranslation("countries.count", countries.size()));
        Map<String, List<CountrySummary>> byRegion = new LinkedHashMap<>();
        countries.forEach(c -> byRegion.computeIfAbsent(c.regionKey(), k -> new ArrayList<>()).add(c));
        byRegion.forEach((regionKey, inRegion) -> {
            var list = new UnorderedList();
            list.addClassNames("portal-regions", "portal-country-cards");
            list.getElement().setProperty("innerHTML", cards(inRegion));
            groups.add(new Section(new H2(getTranslation("region." + regionKey)), list));
        });
        if (countries.isEmpty()) {
            groups.add(new Paragraph(getTranslation("countries.none")));
        }
    }

    /**
     * A region's cards as one piece of markup rather than a component per link, badge and text:
     * each component costs its own nodes in the session and in every answer to the browser, and
     * 58 cards made of components sent about 140 KB (docs/adr/044). The cards only show and link;
     * a click on a link is a client-side navigation like a {@code RouterLink}'s. Every text is
     * escaped, though all of them come from the translation bundles.
     */
    private String cards(List<CountrySummary> inRegion) {
        var html = new StringBuilder();
        inRegion.stream()
                .sorted((a, b) -> getTranslation(a.nameKey()).compareTo(getTranslation(b.nameKey())))
                .forEach(country -> {
                    html.append("<li><a href=").append(attribute(RouteConfiguration.forSessionScope()
                                    .getUrl(CountryProfileView.class, new RouteParameters("slug", country.slug()))))
                            .append('>').append(escape(getTranslation(country.nameKey()))).append("</a><ul>");
                    country.themeKeys().forEach(key -> html.append("<li>")
                            .append(escape(getTranslation("theme." + key))).append("</li>"));
                    html.append("</ul>");
                    if (!country.hasArticle()) {
                        html.append("<p>").append(escape(getTranslation("countries.article-pending"))).append("</p>");
                    }
                    html.append("</li>");
                });
        return html.toString();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }

    /** An attribute value: bare when it is a plain path (every byte counts 58 times), else quoted. */
    private static String attribute(String value) {
        return value.matches("[a-z0-9/-]+") ? value : "\"" + escape(value) + "\"";
    }

    private void navigate(String regionKey, String themeKey) {
        Map<String, String> params = new LinkedHashMap<>();
        if (regionKey != null && !regionKey.isEmpty()) {
            params.put("region", regionKey);
        }
        if (themeKey != null && !themeKey.isEmpty()) {
            params.put("theme", themeKey);
        }
        getUI().ifPresent(ui -> ui.navigate(CountriesView.class, QueryParameters.simple(params)));
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.isEmpty() ? CoverageSelect.ALL : values.getFirst();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("countries.title") + " | " + getTranslation("app.name");
    }
}
