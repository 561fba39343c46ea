package org.expertportal.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.expertportal.account.AccountService;
import org.expertportal.ui.LanguageSelect;

/**
 * The second step of signing in: after a correct password, the six-digit code from the app or a
 * recovery code. Whoever reaches it without a correct password in this browser session is sent
 * back to the first step; until the code is right, nobody is signed in.
 */
@Route(value = "login/two-factor", autoLayout = false)
@AnonymousAllowed
class SecondFactorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondStep signIn;
    private final AccountService accountService;

    SecondFactorView(SecondStep signIn, AccountService accountService) {
        this.signIn = signIn;
        this.accountService = accountService;
        addClassName("portal-login");

        var code = new TextField(getTranslation("login.second-factor.code"));
        code.setId("second-factor-code");
        code.setHelperText(getTranslation("login.second-factor.code.help"));
        code.setMaxLength(24);
        code.setAutofocus(true);
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        var submit = new Button(getTranslation("login.second-factor.submit"), click -> submit(code));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("second-factor-submit");
        submit.setWidthFull();
        var cancel = new Button(getTranslation("login.second-factor.cancel"), click -> {
            signIn.cancel();
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.setId("second-factor-cancel");

        var form = new VerticalLayout(new H1(getTranslation("login.second-factor.title")),
                new Paragraph(getTranslation("login.second-factor.lead")), code, submit, cancel);
        form.setMaxWidth("24rem");
        form.addClassName("portal-second-factor");
        add(new LanguageSelect(accountService, false), form);
    }

    private void submit(TextField code) {
        switch (signIn.complete(code.getValue())) {
            case SIGNED_IN -> {
                // A full page load, so that everything is drawn for the signed-in person.
                String root = VaadinServletRequest.getCurrent().getContextPath();
                getUI().ifPresent(ui -> ui.getPage().setLocation(root + "/home"));
            }
            case WRONG_CODE -> refuse(code, "two-factor.code.wrong");
            case THROTTLED -> refuse(code, "login.second-factor.throttled");
            case NO_PENDING_SIGN_IN -> getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        }
    }

    private void refuse(TextField code, String key) {
        code.clear();
        code.setErrorMessage(getTranslation(key));
        code.setInvalid(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignedIn.asAccessControlSeesIt(accountService)) {
            event.forwardTo("home");
        } else if (!signIn.isPending()) {
            event.forwardTo(LoginView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.second-factor.title") + " | " + getTranslation("app.name");
    }
}
