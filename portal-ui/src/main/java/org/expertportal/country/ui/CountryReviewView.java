package org.expertportal.country.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.expertportal.account.Roles;
import org.expertportal.country.CountryEditingService;
import org.expertportal.country.CountrySummary;
import org.expertportal.locale.DateTimeTexts;

/** Administrators' list of country profiles, those due for review first. */
@Route("admin/countries")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 80, title = "menu.admin.countries", icon = "vaadin:globe-wire")
class CountryReviewView extends Div implements HasDynamicTitle {

    CountryReviewView(CountryEditingService editing) {
        addClassName("portal-page");
        List<CountrySummary> countries = editing.countriesForReview();
        long due = countries.stream().filter(CountrySummary::reviewDue).count();

        var grid = new Grid<CountrySummary>();
        grid.setId("country-review-grid");
        grid.addComponentColumn(country -> new RouterLink(getTranslation(country.nameKey()), CountryEditorView.class,
                        new RouteParameters("slug", country.slug())))
                .setHeader(getTranslation("admin.countries.country")).setAutoWidth(true);
        grid.addColumn(country -> getTranslation("region." + country.regionKey()))
                .setHeader(getTranslation("admin.system.region")).setAutoWidth(true);
        grid.addColumn(country -> country.hasArticle() ? String.valueOf(country.articleVersion())
                        : getTranslation("admin.countries.no-article"))
                .setHeader(getTranslation("admin.countries.version"));
        grid.addColumn(country -> country.lastReviewedOn().map(this::format).orElse("—"))
                .setHeader(getTranslation("admin.countries.last-reviewed"));
        grid.addColumn(country -> country.nextReviewDue().map(this::format).orElse("—"))
                .setHeader(getTranslation("admin.countries.next-review"));
        grid.addComponentColumn(country -> {
            var status = new Span(getTranslation(country.reviewDue() ? "admin.countries.review-due"
                    : "admin.countries.up-to-date"));
            status.addClassName(country.reviewDue() ? "portal-badge-warning" : "portal-badge");
            return status;
        }).setHeader(getTranslation("admin.countries.status"));
        grid.setItems(countries);
        grid.setAllRowsVisible(true);

        var summary = new Paragraph(getTranslation("admin.countries.summary", countries.size(), due));
        summary.setId("review-summary");
        add(new H1(getTranslation("menu.admin.countries")), summary, grid);
    }

    private String format(LocalDate date) {
        return DateTimeTexts.date(date, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.countries") + " | " + getTranslation("app.name");
    }
}
