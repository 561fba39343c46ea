package org.expertportal.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.expertportal.account.AccountService;
import org.expertportal.ui.LanguageSelect;

/**
 * Sign-in. A failure shows one generic message whatever went wrong, so that the page never tells
 * whether an address has an account.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final AccountService accountService;

    LoginView(AccountService accountService) {
        this.accountService = accountService;
        addClassName("portal-login");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(forgot -> getUI().ifPresent(ui -> ui.navigate("account/reset")));
        login.setI18n(translatedTexts());
        var back = new Anchor("", getTranslation("login.back-to-start"));
        add(new LanguageSelect(accountService, false), login, back);
    }

    private LoginI18n translatedTexts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.email"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("action.sign-in"));
        form.setForgotPassword(getTranslation("login.forgot-password"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.failed.title"));
        error.setMessage(getTranslation("login.failed.message"));
        error.setUsername(getTranslation("login.email.required"));
        error.setPassword(getTranslation("login.password.required"));
        i18n.setAdditionalInformation(getTranslation("login.privacy-hint"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignedIn.asAccessControlSeesIt(accountService)) {
            event.forwardTo("home");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("expired")) {
            // The form's CSRF token was missing or stale (a page left open past the session, or a
            // form posted from another site): nobody was signed in, and the person tries again.
            LoginI18n i18n = translatedTexts();
            i18n.getErrorMessage().setTitle(getTranslation("login.expired.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.expired.message"));
            login.setI18n(i18n);
            login.setError(true);
            return;
        }
        login.setError(parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
