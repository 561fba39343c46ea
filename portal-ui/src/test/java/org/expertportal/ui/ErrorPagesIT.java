package org.expertportal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.expertportal.account.AccountFixtures;
import org.expertportal.account.AccountRepository;
import org.expertportal.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The portal's own "not found" and "not allowed" pages: inside the portal's layout and menu, one
 * plain sentence in the person's language, a way back, and nothing about routes or references.
 */
class ErrorPagesIT extends KaribuTest {

    private static final String CLIENT = "client@demo.test";
    private static final String ANOTHER_CLIENT = "another-client@errors.test";
    /** The demo client's request. */
    private static final String CLIENTS_REQUEST = "my/requests/er-2026-000041";

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void anotherClient() {
        if (accounts.findByEmail(ANOTHER_CLIENT).isEmpty()) {
            accounts.save(AccountFixtures.withPasswordHash(ANOTHER_CLIENT, "Another Client", Role.CLIENT,
                    passwordEncoder.encode("another client's passphrase"), clock));
        }
    }

    @Test
    void an_unknown_country_shows_the_not_found_page_in_the_portals_layout_with_a_way_back() {
        UI.getCurrent().navigate("countries/atlantis");

        assertThat(currentView()).isEqualTo(NotFoundView.class);
        assertThat(_find(MainLayout.class)).as("the portal's layout around the page").hasSize(1);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).contains("countries", "experts");
        assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Page not found");
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-text")).getText())
                .isEqualTo("There is no page at this address. It may have been mistyped, or the page may have moved.");
        Anchor back = _get(Anchor.class, spec -> spec.withId("error-back"));
        assertThat(back.getHref()).isEqualTo("countries");
        assertThat(back.getText()).isEqualTo("Back to the list: Countries");
        Anchor home = _get(Anchor.class, spec -> spec.withId("error-home"));
        assertThat(home.getHref()).as("anonymous visitors go to the front page").isEmpty();
        assertThat(home.getText()).isEqualTo("Go to the home page");
        assertThat(pageText())
                .doesNotContain("atlantis", "Could not navigate", "Available routes", "CountryProfileView");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found | Expert Report Portal");
    }

    @Test
    void the_not_found_page_speaks_russian_to_a_russian_reader() {
        useLanguage(PortalTranslations.RUSSIAN);
        UI.getCurrent().navigate("experts/no-such-expert");

        assertThat(currentView()).isEqualTo(NotFoundView.class);
        assertThat(_find(MainLayout.class)).hasSize(1);
        assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Страница не найдена");
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-text")).getText())
                .isEqualTo("По этому адресу страницы нет. Возможно, в адресе опечатка или страница переехала.");
        assertThat(_get(Anchor.class, spec -> spec.withId("error-back")).getText())
                .isEqualTo("Назад к списку: Эксперты");
        assertThat(_get(Anchor.class, spec -> spec.withId("error-home")).getText()).isEqualTo("На главную страницу");
        assertThat(pageText()).doesNotContainPattern("Page|found|Back|home");
    }

    @Test
    void another_clients_request_looks_exactly_like_an_unknown_reference() {
        signIn(ANOTHER_CLIENT);
        UI.getCurrent().navigate(CLIENTS_REQUEST);
        assertThat(currentView()).isEqualTo(NotFoundView.class);
        String othersRequest = pageText();

        UI.getCurrent().navigate("my/requests/er-1999-000001");
        assertThat(currentView()).isEqualTo(NotFoundView.class);
        assertThat(pageText()).isEqualTo(othersRequest).doesNotContain("ER-2026-000041", "er-2026-000041");
        assertThat(_get(Anchor.class, spec -> spec.withId("error-back")).getHref()).isEqualTo("my/requests");
        assertThat(_get(Anchor.class, spec -> spec.withId("error-home")).getHref())
                .as("signed-in people go to their home page").isEqualTo("home");

        // The owner, for comparison, sees the request.
        signOut();
        signIn(CLIENT);
        UI.getCurrent().navigate(CLIENTS_REQUEST);
        assertThat(currentView().getSimpleName()).isEqualTo("MyRequestView");
    }

    @Test
    void a_page_the_role_may_not_open_shows_the_not_allowed_page_with_the_menu_in_english_and_russian() {
        signIn(CLIENT);
        UI.getCurrent().navigate("admin/users");

        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
        assertThat(_find(MainLayout.class)).hasSize(1);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).contains("home", "my/requests")
                .doesNotContain("admin/users");
        assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText())
                .isEqualTo("You may not open this page");
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-text")).getText())
                .isEqualTo("Your account does not give access to this page.");
        assertThat(_get(Anchor.class, spec -> spec.withId("error-home")).getHref()).isEqualTo("home");
        assertThat(_find(Anchor.class, spec -> spec.withId("error-sign-in"))).as("already signed in").isEmpty();
        assertThat(pageText()).doesNotContain("admin/users", "AdminUsersView", "Could not navigate");

        useLanguage(PortalTranslations.RUSSIAN);
        UI.getCurrent().navigate("staff/queue");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
        assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText())
                .isEqualTo("Эта страница вам недоступна");
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-text")).getText())
                .isEqualTo("Ваша учётная запись не даёт доступа к этой странице.");
        assertThat(_get(Anchor.class, spec -> spec.withId("error-home")).getText()).isEqualTo("На главную страницу");
    }

    @Test
    void the_not_allowed_page_offers_sign_in_to_someone_not_signed_in() {
        List<Component> page = ErrorPages.accessDenied(false,
                (key, arguments) -> UI.getCurrent().getTranslation(key, Locale.ENGLISH, arguments));
        Paragraph ways = (Paragraph) page.get(2);
        List<Anchor> links = ways.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast).toList();

        assertThat(((Paragraph) page.get(1)).getText())
                .isEqualTo("This page is open only to people who have signed in.");
        assertThat(links).extracting(Anchor::getHref).containsExactly("login", "");
        assertThat(links).extracting(Anchor::getText).containsExactly("Sign in", "Go to the home page");
    }

    @Test
    void addresses_belong_to_the_list_they_came_from() {
        assertThat(ErrorPages.listOf("countries/atlantis")).map(ErrorPages.ListRoute::route).contains("countries");
        assertThat(ErrorPages.listOf("staff/requests/er-1999-000001")).map(ErrorPages.ListRoute::route)
                .contains("staff/queue");
        assertThat(ErrorPages.listOf("no/such/page")).isEmpty();
        assertThat(ErrorPages.listOf("countries")).as("the list itself").isEmpty();
    }

    /** The error page itself, inside the layout: its texts and the addresses of its links. */
    private static String pageText() {
        Component view = UI.getCurrent().getCurrentView();
        return view.getElement().getTextRecursively() + " "
                + _find(view, Anchor.class).stream().map(Anchor::getHref).collect(Collectors.joining(" "));
    }
}
