package org.expertportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;

/**
 * What the portal's own error pages show: a heading, one plain sentence and the ways back. Shared by
 * {@link NotFoundView} and {@link AccessDeniedView}. Neither names the address, a route or the reason,
 * so that the page says nothing about what exists (see docs/adr/026).
 */
final class ErrorPages {

    /** Translates a key with its arguments: a view's {@code getTranslation}. */
    @FunctionalInterface
    interface Translator {
        String tr(String key, Object... arguments);
    }

    /** Routes, not text: the list each kind of page belongs to, for the "back to the list" link. */
    private static final List<ListRoute> LISTS = List.of(
            new ListRoute("countries/", "countries", "menu.countries"),
            new ListRoute("experts/", "experts", "menu.experts"),
            new ListRoute("my/requests/", "my/requests", "menu.my-requests"),
            new ListRoute("staff/requests/", "staff/queue", "menu.staff.queue"),
            new ListRoute("admin/countries/", "admin/countries", "menu.admin.countries"));

    private static final String HOME = "home";
    private static final String FRONT_PAGE = "";
    private static final String SIGN_IN = "login";
    private static final String SEPARATOR = " · ";

    private ErrorPages() {}

    /** The list an address belongs to, if it belongs to one: {@code countries/atlantis} to the countries. */
    static Optional<ListRoute> listOf(String path) {
        return LISTS.stream().filter(list -> path.startsWith(list.prefix())).findFirst();
    }

    static List<Component> notFound(String path, boolean signedIn, Translator translator) {
        var ways = new Paragraph();
        ways.setId("error-ways-back");
        listOf(path).ifPresent(list -> {
            var back = new Anchor(list.route(),
                    translator.tr("error.page.back-to-list", translator.tr(list.titleKey())));
            back.setId("error-back");
            ways.add(back, new Span(SEPARATOR));
        });
        ways.add(home(signedIn, translator));
        return List.of(title(translator.tr("error.page.not-found.title")),
                sentence(translator.tr("error.page.not-found.text")), ways);
    }

    static List<Component> accessDenied(boolean signedIn, Translator translator) {
        var ways = new Paragraph();
        ways.setId("error-ways-back");
        if (!signedIn) {
            var signIn = new Anchor(SIGN_IN, translator.tr("action.sign-in"));
            signIn.setId("error-sign-in");
            ways.add(signIn, new Span(SEPARATOR));
        }
        ways.add(home(signedIn, translator));
        return List.of(title(translator.tr("error.page.denied.title")),
                sentence(translator.tr(signedIn ? "error.page.denied.text" : "error.page.denied.sign-in-text")),
                ways);
    }

    private static H1 title(String text) {
        var title = new H1(text);
        title.setId("error-title");
        return title;
    }

    private static Paragraph sentence(String text) {
        var sentence = new Paragraph(text);
        sentence.setId("error-text");
        return sentence;
    }

    private static Anchor home(boolean signedIn, Translator translator) {
        var home = new Anchor(signedIn ? HOME : FRONT_PAGE, translator.tr("error.page.home"));
        home.setId("error-home");
        return home;
    }

    /** A list page: addresses under {@code prefix} belong to it. */
    record ListRoute(String prefix, String route, String titleKey) {}
}
