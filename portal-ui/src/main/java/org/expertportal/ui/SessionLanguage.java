package org.expertportal.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.expertportal.account.AccountService;
import org.expertportal.account.AccountSummary;
import org.expertportal.locale.PersonLocale;
import org.expertportal.locale.PortalLanguages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Chooses each new page's language, region and direction. The language is, in order: the
 * signed-in account's choice, the language cookie, on the first page of a visit the first language
 * of the browser's {@code Accept-Language} the portal speaks ({@link #firstSpoken}), else the
 * session's language so far. Arabic and Farsi pages are right to left, from the first HTML on
 * (docs/adr/042). The region, which decides how dates and times are written and typed, is the
 * account's, else the browser's, else {@code PORTAL_DEFAULT_REGION} ({@link PersonLocale}): the page's
 * locale is then, say, en-GB, ru-KZ or ar-IQ-u-nu-latn.
 */
@Component
class SessionLanguage implements VaadinServiceInitListener {

    private static final String APPLIED_FOR = SessionLanguage.class.getName() + ".account";
    private static final String FIRST_PAGE_SHOWN = SessionLanguage.class.getName() + ".first-page";

    private final AccountService accountService;
    private final String defaultRegion;

    SessionLanguage(AccountService accountService, @Value("${portal.default-region:GB}") String defaultRegion) {
        this.accountService = accountService;
        this.defaultRegion = defaultRegion;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // The first HTML already carries the page's direction and language, before any script runs.
        event.addIndexHtmlRequestListener(response -> {
            VaadinSession session = VaadinSession.getCurrent();
            Locale page = session == null
                    ? firstSpoken(browserLocales(response.getVaadinRequest()))
                    : choose(session, response.getVaadinRequest());
            response.getDocument().getElementsByTag("html")
                    .attr("dir", PortalTranslations.isRightToLeft(page) ? "rtl" : "ltr")
                    .attr("lang", PortalTranslations.supported(page).getLanguage());
        });
        event.getSource().addUIInitListener(uiEvent -> {
            var ui = uiEvent.getUI();
            Locale formats = choose(ui.getSession(), VaadinRequest.getCurrent());
            ui.setLocale(formats);
            applyDirection(ui, formats);
        });
    }

    /**
     * Settles the session's language and region for this request and returns the page's locale;
     * the same answer however often it is asked within one request (the first HTML asks, then the UI).
     */
    private Locale choose(VaadinSession session, VaadinRequest request) {
        Optional<AccountSummary> account = accountService.currentAccount();
        if (account.isPresent()) {
            Long appliedFor = (Long) session.getAttribute(APPLIED_FOR);
            if (appliedFor == null || appliedFor != account.get().id()) {
                session.setAttribute(APPLIED_FOR, account.get().id());
                account.get().preferredLanguage().map(PortalTranslations::supported).ifPresent(session::setLocale);
            }
        } else {
            Optional<Locale> cookie = cookieLanguage(request);
            if (cookie.isPresent()) {
                session.setLocale(cookie.get());
            } else if (session.getAttribute(FIRST_PAGE_SHOWN) == null) {
                session.setLocale(firstSpoken(browserLocales(request)));
            }
        }
        session.setAttribute(FIRST_PAGE_SHOWN, Boolean.TRUE);
        Locale formats = PersonLocale.resolve(PortalTranslations.supported(session.getLocale()),
                account.flatMap(AccountSummary::region), browserLocales(request), defaultRegion);
        session.setLocale(formats);
        return formats;
    }

    /**
     * Mirrors the whole page for Arabic and Farsi: Vaadin sets {@code dir} on {@code <html>}, which
     * Lumo's components and the portal's logical CSS properties follow. ({@code <html lang>}, which
     * lets the browser choose the script's font and shaping, is written into the first HTML; a
     * language change reloads the page.)
     */
    static void applyDirection(UI ui, Locale locale) {
        Direction direction = PortalTranslations.isRightToLeft(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT;
        ui.setDirection(direction);
        // The same on <body>, the UI's element: the server then knows the direction it set (tests read it).
        ui.getElement().setAttribute("dir", direction.getClientName());
    }

    /**
     * The first language of the browser's list ({@code Accept-Language}, most preferred first) that
     * the portal speaks, else English: "fr-CA, en" is French. (Vaadin's own choice prefers any exact
     * match, and would answer English there.)
     */
    static Locale firstSpoken(List<Locale> browserLocales) {
        return browserLocales.stream()
                .filter(PortalLanguages::isSupported)
                .findFirst()
                .map(PortalLanguages::supported)
                .orElse(PortalLanguages.ENGLISH);
    }

    private static List<Locale> browserLocales(VaadinRequest request) {
        return request == null || request.getLocales() == null ? List.of() : Collections.list(request.getLocales());
    }

    private static Optional<Locale> cookieLanguage(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> LanguageSelect.COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .map(Locale::forLanguageTag)
                .map(PortalTranslations::supported)
                .findFirst();
    }
}
