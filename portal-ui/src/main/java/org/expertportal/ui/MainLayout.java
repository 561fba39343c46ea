package org.expertportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;
import org.expertportal.account.AccountService;
import org.expertportal.account.AccountSummary;

/**
 * The frame around every page but sign-in: the portal's name, the menu (only entries the visitor
 * may open, titles translated from their keys), the language switch and the user menu.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout {

    MainLayout(AccountService accountService, AuthenticationContext authenticationContext) {
        Optional<AccountSummary> account = accountService.currentAccount();

        var title = new Anchor("", getTranslation("app.name"));
        title.addClassName("portal-title");
        title.getStyle().set("color", "inherit").set("text-decoration", "none");

        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        var spacer = new Div();
        var header = new HorizontalLayout(title, spacer,
                new LanguageSelect(accountService, account.isPresent()), userArea(account, authenticationContext));
        if (!entries.isEmpty()) {
            header.addComponentAsFirst(new DrawerToggle());
        } else {
            // Visitors who may open no menu entry (anonymous ones) get no empty drawer.
            title.getStyle().set("padding-left", "var(--lumo-space-m)");
            setDrawerOpened(false);
        }
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setFlexGrow(1, spacer);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        var nav = new SideNav();
        nav.getStyle().set("margin", "var(--lumo-space-s)");
        entries.forEach(entry -> nav.addItem(menuItem(entry)));
        if (!entries.isEmpty()) {
            addToDrawer(nav);
        }
        setPrimarySection(Section.NAVBAR);
    }

    private SideNavItem menuItem(MenuEntry entry) {
        String title = getTranslation(entry.title());
        return entry.icon() == null
                ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
    }

    private Component userArea(Optional<AccountSummary> account, AuthenticationContext authenticationContext) {
        if (account.isEmpty()) {
            var signIn = new Button(getTranslation("action.sign-in"),
                    click -> getUI().ifPresent(ui -> ui.navigate("login")));
            signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            signIn.setId("sign-in");
            return signIn;
        }
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setId("user-menu");
        var name = new Span(account.get().displayName());
        var item = menu.addItem(name);
        item.getSubMenu().addItem(getTranslation("action.account"),
                click -> getUI().ifPresent(ui -> ui.navigate("account"))).setId("my-account");
        item.getSubMenu().addItem(getTranslation("action.alert-settings"),
                click -> getUI().ifPresent(ui -> ui.navigate("account/notifications")));
        item.getSubMenu().addItem(getTranslation("action.change-password"),
                click -> getUI().ifPresent(ui -> ui.navigate("account/password")));
        item.getSubMenu().addItem(getTranslation("action.two-factor"),
                click -> getUI().ifPresent(ui -> ui.navigate("account/two-factor")));
        item.getSubMenu().addItem(getTranslation("action.sessions"),
                click -> getUI().ifPresent(ui -> ui.navigate("account/sessions")));
        item.getSubMenu().addItem(getTranslation("action.sign-out"), click -> authenticationContext.logout())
                .setId("sign-out");
        return menu;
    }
}
