package org.expertportal.ui;

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
import org.expertportal.account.AccountService;
import org.expertportal.account.AccountSummary;
import org.expertportal.country.CountryFollowingService;
import org.expertportal.identity.Role;

/**
 * Where everyone lands after signing in: a greeting and what their role can do here. A client's home
 * is their case dashboard ({@code /my}, in the tracking screens), where they are sent on.
 */
@Route("home")
@PermitAll
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
class HomeView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    /** Routes, not text. */
    private static final String MY_REQUESTS = "my/requests";
    private static final String NEW_REQUEST = "request";
    private static final String COUNTRIES = "countries";
    private static final String CLIENT_DASHBOARD = "my";

    private final Role role;

    HomeView(AccountService accountService, CountryFollowingService following) {
        addClassName("portal-page");
        AccountSummary account = accountService.currentAccount().orElseThrow();
        this.role = account.role();
        var greeting = new H1(getTranslation("home.greeting", account.displayName()));
        greeting.setId("home-greeting");
        var role = new Paragraph(getTranslation("home.role." + account.role().name().toLowerCase()));
        role.setId("home-role");
        add(greeting, role);
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
        if (role == Role.CLIENT) {
            event.forwardTo(CLIENT_DASHBOARD);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " | " + getTranslation("app.name");
    }
}
