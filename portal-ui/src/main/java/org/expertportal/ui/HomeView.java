package org.expertportal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.expertportal.account.AccountService;
import org.expertportal.account.AccountSummary;

/** Where everyone lands after signing in: a greeting and what their role can do here. */
@Route("home")
@PermitAll
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
class HomeView extends Div implements HasDynamicTitle {

    HomeView(AccountService accountService) {
        addClassName("portal-page");
        AccountSummary account = accountService.currentAccount().orElseThrow();
        var greeting = new H1(getTranslation("home.greeting", account.displayName()));
        greeting.setId("home-greeting");
        var role = new Paragraph(getTranslation("home.role." + account.role().name().toLowerCase()));
        role.setId("home-role");
        add(greeting, role, new Paragraph(getTranslation("home.more-soon")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " | " + getTranslation("app.name");
    }
}
