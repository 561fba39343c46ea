package org.expertportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.expertportal.account.AccountService;
import org.expertportal.account.AccountSummary;
import org.expertportal.country.CountryFollowingService;
import org.expertportal.identity.Role;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Where everyone lands after signing in: a greeting, what their role can do here, and the sections
 * features contribute for that role ({@link HomeSection}: for a client, their case dashboard and
 * upcoming consultations), built afresh on every visit; when none has anything to show, what the
 * sections say for that case.
 */
@Route("home")
@PermitAll
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
class HomeView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    /** Routes, not text. */
    private static final String MY_REQUESTS = "my/requests";
    private static final String NEW_REQUEST = "request";
    private static final String COUNTRIES = "countries";

    private final List<HomeSection> sections;
    private final Div sectionSlot = new Div();

    HomeView(AccountService accountService, CountryFollowingService following, ObjectProvider<HomeSection> sections) {
        addClassName("portal-page");
        AccountSummary account = accountService.currentAccount().orElseThrow();
        this.sections = sections.orderedStream().filter(section -> section.isFor(account.role())).toList();
        var greeting = new H1(getTranslation("home.greeting", account.displayName()));
        greeting.setId("home-greeting");
        var role = new Paragraph(getTranslation("home.role." + account.role().name().toLowerCase()));
        role.setId("home-role");
        add(greeting, role, sectionSlot);
        List<CountryFollowingService.FollowedCountry> followed = following.followedCountries();
        if (!followed.isEmpty()) {
            var list = new UnorderedList();
            list.setId("followed-countries");
            for (var country : followed) {
                String page = "countries/" + country.slug();
                list.add(new ListItem(new Anchor(page, getTranslation(country.nameKey()))));
            }
            add(new H2(getTranslation("home.followed")), list);
        }
        var next = new Paragraph();
        next.setId("home-next");
        if (account.role() == Role.CLIENT) {
            next.add(new Anchor(MY_REQUESTS, getTranslation("home.client.requests")), new Span(" · "),
                    new Anchor(NEW_REQUEST, getTranslation("home.client.new-request")));
        } else {
            next.add(new Anchor(COUNTRIES, getTranslation("home.staff.countries")));
        }
        add(next);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sectionSlot.removeAll();
        List<Component> shown = sections.stream().map(HomeSection::create).flatMap(Optional::stream).toList();
        if (shown.isEmpty()) {
            // "Nothing needs you" only when no section, of any feature, has anything to show.
            sections.forEach(section -> section.whenAllEmpty().ifPresent(sectionSlot::add));
        } else {
            shown.forEach(sectionSlot::add);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " | " + getTranslation("app.name");
    }
}
