package org.expertportal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.expertportal.account.AccountService;
import org.expertportal.account.PasswordPolicy;
import org.expertportal.shared.DomainException;
import org.expertportal.ui.Notifications;

/**
 * Change one's own password; also where a first administrator lands until the one-time password
 * is replaced. A refused password says why, in the user's language.
 */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends Div implements HasDynamicTitle {

    ChangePasswordView(AccountService accountService) {
        addClassName("portal-page");
        var current = new PasswordField(getTranslation("password.current"));
        current.setId("current-password");
        var chosen = new PasswordField(getTranslation("password.new"));
        chosen.setId("new-password");
        chosen.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        var repeated = new PasswordField(getTranslation("password.repeat"));
        repeated.setId("repeat-password");

        var save = new Button(getTranslation("action.change-password"), click -> {
            chosen.setInvalid(false);
            repeated.setInvalid(false);
            current.setInvalid(false);
            if (!chosen.getValue().equals(repeated.getValue())) {
                repeated.setErrorMessage(getTranslation("password.refused.not-repeated"));
                repeated.setInvalid(true);
                return;
            }
            try {
                accountService.changePassword(current.getValue(), chosen.getValue());
                current.clear();
                chosen.clear();
                repeated.clear();
                Notifications.success("password.changed");
                getUI().ifPresent(ui -> ui.navigate("home"));
            } catch (DomainException refused) {
                var field = refused.messageKey().equals("password.refused.current-wrong") ? current : chosen;
                field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-password");

        boolean mustChange = accountService.currentAccount().map(a -> a.mustChangePassword()).orElse(false);
        var layout = new VerticalLayout(new H1(getTranslation("password.title")));
        if (mustChange) {
            var notice = new Paragraph(getTranslation("password.must-change"));
            notice.setId("must-change-notice");
            layout.add(notice);
        }
        var otherSessions = new Paragraph(getTranslation("password.other-sessions"));
        otherSessions.setId("other-sessions-notice");
        layout.add(otherSessions, current, chosen, repeated, save);
        layout.setMaxWidth("32rem");
        layout.setPadding(false);
        add(layout);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " | " + getTranslation("app.name");
    }
}
