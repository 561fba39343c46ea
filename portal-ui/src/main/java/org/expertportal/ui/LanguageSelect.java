package org.expertportal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.expertportal.account.AccountService;

/**
 * Switches the portal's language from any page. The choice is kept for the browser session, in a
 * cookie for the next visit, and on the account when someone is signed in; then the page reloads
 * so that every text is drawn again in the new language.
 */
public class LanguageSelect extends Select<Locale> {

    static final String COOKIE = "portal-language";

    public LanguageSelect(AccountService accountService, boolean signedIn) {
        setItems(PortalTranslations.LANGUAGES);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        // Each language named in its own script, marked as such (lang) for fonts and screen readers.
        setRenderer(new ComponentRenderer<>(locale -> {
            var name = new Span(getTranslation("language." + locale.getLanguage()));
            name.getElement().setAttribute("lang", locale.getLanguage());
            return name;
        }));
        setAriaLabel(getTranslation("language.choose"));
        setValue(PortalTranslations.supported(UI.getCurrent().getLocale()));
        setId("language-select");
        addClassName("portal-language-select");
        addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) {
                return;
            }
            switchTo(event.getValue(), accountService, signedIn);
        });
    }

    /** Switches to the chosen language (also from the drawer's language buttons) and reloads the page. */
    static void switchTo(Locale chosen, AccountService accountService, boolean signedIn) {
        VaadinSession.getCurrent().setLocale(chosen);
        rememberInBrowser(chosen);
        if (signedIn) {
            accountService.changeLanguage(chosen);
        }
        UI.getCurrent().getPage().reload();
    }

    private static void rememberInBrowser(Locale locale) {
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        if (VaadinService.getCurrentResponse() != null) {
            VaadinService.getCurrentResponse().addCookie(cookie);
        }
    }
}
