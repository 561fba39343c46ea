package org.expertportal.ui;

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Chooses each new page's language and region. The language
 * is, in order: the signed-in account's choice, the language cookie, the browser's language
 * (Vaadin's default). The region, which decides how dates and times are written and typed, is the
 * account's, else the browser's, else {@code PORTAL_DEFAULT_REGION} ({@link PersonLocale}): the page's
 * locale is then, say, en-GB or ru-KZ.
 */
@Component
class SessionLanguage implements VaadinServiceInitListener {

    private static final String APPLIED_FOR = SessionLanguage.class.getName() + ".account";

    private final AccountService accountService;
    private final String defaultRegion;

    SessionLanguage(AccountService accountService, @Value("${portal.default-region:GB}") String defaultRegion) {
        this.accountService = accountService;
        this.defaultRegion = defaultRegion;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            var ui = uiEvent.getUI();
            VaadinSession session = ui.getSession();
            Optional<AccountSummary> account = accountService.currentAccount();
            if (account.isPresent()) {
                Long appliedFor = (Long) session.getAttribute(APPLIED_FOR);
                if (appliedFor == null || appliedFor != account.get().id()) {
                    session.setAttribute(APPLIED_FOR, account.get().id());
                    account.get().preferredLanguage().map(PortalTranslations::supported).ifPresent(session::setLocale);
                }
            } else {
                cookieLanguage(VaadinRequest.getCurrent()).ifPresent(session::setLocale);
            }
            Locale formats = PersonLocale.resolve(PortalTranslations.supported(session.getLocale()),
                    account.flatMap(AccountSummary::region), browserLocales(VaadinRequest.getCurrent()), defaultRegion);
            session.setLocale(formats);
            ui.setLocale(formats);
        });
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
