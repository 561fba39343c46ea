package org.expertportal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.expertportal.account.AccountService;
import org.expertportal.country.CoverageService;
import org.expertportal.country.RegionCoverage;

/**
 * The public front door: what the service does, the regions it covers, how to ask for a report and
 * how to reach staff. Signed-in people go straight to their home page.
 */
@Route("")
@AnonymousAllowed
class LandingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accountService;

    LandingView(CoverageService coverageService, AccountService accountService, ContactChannels contact) {
        this.accountService = accountService;
        addClassName("portal-page");

        var hero = new Section(
                new H1(getTranslation("landing.title")),
                new Paragraph(getTranslation("landing.lead")),
                new Paragraph(getTranslation("landing.promise")),
                requestButton(), askButton("sample", "request.short.ask-sample"),
                askButton("consultation", "request.short.ask-consultation"));
        hero.addClassName("portal-hero");

        var how = new Section(new H2(getTranslation("landing.how.title")), new OrderedList(
                new ListItem(getTranslation("landing.how.step1")),
                new ListItem(getTranslation("landing.how.step2")),
                new ListItem(getTranslation("landing.how.step3")),
                new ListItem(getTranslation("landing.how.step4"))));

        List<RegionCoverage> coverageByRegion = coverageService.regions();
        var regions = new UnorderedList();
        regions.addClassName("portal-regions");
        regions.setId("regions");
        for (RegionCoverage region : coverageByRegion) {
            var countries = region.countryIsoCodes().stream()
                    .map(iso -> getTranslation("country." + iso))
                    .sorted()
                    .collect(Collectors.joining(", "));
            var card = new ListItem(new H3(getTranslation(region.nameKey())), new Paragraph(countries));
            card.addClassName("portal-region");
            regions.add(card);
        }
        int countryCount = coverageByRegion.stream()
                .mapToInt(region -> region.countryIsoCodes().size())
                .sum();
        var coverage = new Section(
                new H2(getTranslation("landing.regions.title")),
                new Paragraph(getTranslation("landing.regions.lead", countryCount, coverageByRegion.size())),
                regions);

        var reach = new Section(
                new H2(getTranslation("landing.contact.title")),
                new Paragraph(getTranslation("landing.contact.lead")),
                new ContactDetails(contact),
                new Paragraph(getTranslation("landing.contact.privacy")));
        reach.setId("contact");

        add(hero, how, coverage, reach);
    }

    private Button requestButton() {
        var request = new Button(getTranslation("landing.request"),
                click -> getUI().ifPresent(ui -> ui.navigate("request")));
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY,
                ButtonVariant.LUMO_LARGE);
        request.setId("request-report");
        return request;
    }

    /** A short request (docs/adr/035): a sample or a consultation, no case needed. */
    private Button askButton(String kind, String textKey) {
        var ask = new Button(getTranslation(textKey),
                click -> getUI().ifPresent(ui -> ui.navigate("request/ask", QueryParameters.simple(Map.of("kind", kind)))));
        ask.addThemeVariants(ButtonVariant.LUMO_LARGE);
        ask.setId("ask-" + kind);
        return ask;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (accountService.currentAccount().isPresent()) {
            event.forwardTo(HomeView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
