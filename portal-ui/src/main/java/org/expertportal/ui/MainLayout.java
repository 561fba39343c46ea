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
import com.vaadin.flow.component.icon.VaadinIcon;
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
 *
 * <p>On a phone the header keeps only the menu toggle, the name and a compact account button
 * (an icon; the name is for wider screens), so the drawer holds the account links, sign-in or
 * sign-out as well. The language is chosen in the drawer on every screen: the drawer is open beside
 * the page on a wide one.
 *
 * <p>The frame is on every page for as long as the page is open, so it costs server memory per
 * person (issue #18): one language switch, not two; and when the browser said at start that its
 * window is wide ({@link Screen}), the drawer leaves out its copy of the account links, which the
 * header's menu holds at every width.
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
        var header = new HorizontalLayout(new DrawerToggle(), title, spacer, userArea(account, authenticationContext));
        header.addClassName("portal-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setFlexGrow(1, spacer);
        header.getStyle().set("padding-inline-end", "var(--lumo-space-m)");
        addToNavbar(header);

        var nav = new SideNav();
        nav.getStyle().set("margin", "var(--lumo-space-s)");
        entries.forEach(entry -> nav.addItem(menuItem(entry)));
        // The drawer always holds the language (and on narrow or unknown screens the account), so it is there
        // even without menu entries.
        addToDrawer(nav, drawerAccount(account, accountService, authenticationContext, Screen.atStart()));
        setPrimarySection(Section.NAVBAR);
    }

    /** The language switch, and where the screen may be narrow the drawer's copy of the header's account area. */
    private Component drawerAccount(Optional<AccountSummary> account, AccountService accountService,
            AuthenticationContext authenticationContext, Screen screen) {
        var area = new Div();
        area.addClassName("portal-drawer-account");
        area.setId("drawer-account-area");
        // Wide: the header's menu (or its sign-in button) is in view beside the open drawer.
        if (screen.mayBeNarrow()) {
            area.add(drawerAccountLinks(account, authenticationContext));
        }
        var languageLabel = new Span(getTranslation("language.choose"));
        languageLabel.addClassName("portal-field-label");
        var languages = new LanguageSwitch(PortalTranslations.LANGUAGES,
                PortalTranslations.LANGUAGES.stream().map(locale -> getTranslation("language." + locale.getLanguage()))
                        .toList(),
                PortalTranslations.supported(getLocale()),
                locale -> LanguageSelect.switchTo(locale, accountService, account.isPresent()));
        languages.addClassName("portal-drawer-languages");
        languages.setId("drawer-language");
        area.add(languageLabel, languages);
        return area;
    }

    /** The drawer's copy of the header's account area (name, account links, sign-out; or sign-in), ids of its own. */
    private Component[] drawerAccountLinks(Optional<AccountSummary> account, AuthenticationContext authenticationContext) {
        if (account.isPresent()) {
            var name = Texts.content(new Span(account.get().displayName()));
            name.addClassName("portal-drawer-name");
            var links = new SideNav();
            var mine = new SideNavItem(getTranslation("action.account"), "account", new Icon(VaadinIcon.USER));
            mine.setId("drawer-account");
            links.addItem(mine,
                    new SideNavItem(getTranslation("action.alert-settings"), "account/notifications"),
                    new SideNavItem(getTranslation("action.change-password"), "account/password"),
                    new SideNavItem(getTranslation("action.two-factor"), "account/two-factor"),
                    new SideNavItem(getTranslation("action.sessions"), "account/sessions"));
            var signOut = new Button(getTranslation("action.sign-out"), new Icon(VaadinIcon.SIGN_OUT),
                    click -> authenticationContext.logout());
            signOut.setId("drawer-sign-out");
            signOut.setWidthFull();
            return new Component[] {name, links, signOut};
        }
        var signIn = new Button(getTranslation("action.sign-in"), new Icon(VaadinIcon.SIGN_IN),
                click -> getUI().ifPresent(ui -> ui.navigate("login")));
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.setId("drawer-sign-in");
        signIn.setWidthFull();
        return new Component[] {signIn};
    }

    private SideNavItem menuItem(MenuEntry entry) {
        String title = getTranslation(entry.title());
        return entry.icon() == null
                ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
    }

    private Component userArea(Optional<AccountSummary> account, AuthenticationContext authenticationContext) {
        if (account.isEmpty()) {
            // A sign-in icon with its words beside it where there is room for them.
            var signIn = new Button(new Icon(VaadinIcon.SIGN_IN),
                    click -> getUI().ifPresent(ui -> ui.navigate("login")));
            var words = new Span(getTranslation("action.sign-in"));
            words.addClassName("portal-wide-only");
            signIn.getElement().appendChild(words.getElement());
            signIn.setAriaLabel(getTranslation("action.sign-in"));
            signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            signIn.setId("sign-in");
            return signIn;
        }
        return new AccountMenu(account.get().displayName(), List.of(
                new AccountMenu.Choice("account", getTranslation("action.account"), () -> open("account")),
                new AccountMenu.Choice("alerts", getTranslation("action.alert-settings"),
                        () -> open("account/notifications")),
                new AccountMenu.Choice("password", getTranslation("action.change-password"),
                        () -> open("account/password")),
                new AccountMenu.Choice("two-factor", getTranslation("action.two-factor"),
                        () -> open("account/two-factor")),
                new AccountMenu.Choice("sessions", getTranslation("action.sessions"), () -> open("account/sessions")),
                new AccountMenu.Choice("sign-out", getTranslation("action.sign-out"), authenticationContext::logout)));
    }

    private void open(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }
}
