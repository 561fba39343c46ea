package org.expertportal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.expertportal.account.AccountLinkService;
import org.expertportal.account.LinkPurpose;
import org.expertportal.account.PasswordPolicy;
import org.expertportal.shared.DomainException;

/**
 * Where an invitation or reset link leads: choose a password. Opening the page changes nothing
 * (mail scanners open links too); saving uses the link up. Nobody is signed in by it: the person
 * then signs in with the new password (docs/adr/016).
 */
@Route("account/set-password")
@AnonymousAllowed
class SetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountLinkService links;

    SetPasswordView(AccountLinkService links) {
        this.links = links;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        links.usablePurpose(token).filter(LinkPurpose::setsPassword).ifPresentOrElse(
                purpose -> add(form(token, purpose)), () -> add(new InvalidLinkPanel(links)));
    }

    private VerticalLayout form(String token, LinkPurpose purpose) {
        var chosen = new PasswordField(getTranslation("password.new"));
        chosen.setId("new-password");
        chosen.setWidthFull();
        chosen.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        var repeated = new PasswordField(getTranslation("password.repeat"));
        repeated.setId("repeat-password");
        repeated.setWidthFull();
        var save = new Button(getTranslation("set-password.save"));
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var layout = new VerticalLayout(new H1(getTranslation("set-password.title." + purpose.name().toLowerCase())),
                new Paragraph(getTranslation("set-password.lead")));
        if (purpose == LinkPurpose.PASSWORD_RESET) {
            var otherSessions = new Paragraph(getTranslation("set-password.other-sessions"));
            otherSessions.setId("other-sessions-notice");
            layout.add(otherSessions);
        }
        layout.add(chosen, repeated, save);
        layout.setPadding(false);
        layout.setMaxWidth("32rem");
        save.addClickListener(click -> {
            chosen.setInvalid(false);
            repeated.setInvalid(false);
            if (!chosen.getValue().equals(repeated.getValue())) {
                repeated.setErrorMessage(getTranslation("password.refused.not-repeated"));
                repeated.setInvalid(true);
                return;
            }
            try {
                links.setPasswordWithLink(token, chosen.getValue());
                removeAll();
                add(done(purpose));
            } catch (DomainException refused) {
                if (refused.messageKey().equals("account-link.invalid")) {
                    removeAll();
                    add(new InvalidLinkPanel(links));
                    return;
                }
                chosen.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                chosen.setInvalid(true);
            }
        });
        return layout;
    }

    private VerticalLayout done(LinkPurpose purpose) {
        var signIn = new Button(getTranslation("action.sign-in"), click -> getUI().ifPresent(ui -> ui.navigate("login")));
        signIn.setId("go-sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var text = new Paragraph(getTranslation("set-password.done"));
        text.setId("password-set");
        var layout = new VerticalLayout(new H1(getTranslation("set-password.done.title")), text);
        if (purpose == LinkPurpose.PASSWORD_RESET) {
            var signedOut = new Paragraph(getTranslation("set-password.done.other-sessions"));
            signedOut.setId("other-sessions-ended");
            layout.add(signedOut);
        }
        layout.add(signIn);
        layout.setPadding(false);
        return layout;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("set-password.page-title") + " | " + getTranslation("app.name");
    }
}
