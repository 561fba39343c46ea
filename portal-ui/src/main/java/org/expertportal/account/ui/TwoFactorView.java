package org.expertportal.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.expertportal.account.TwoFactorEnrolment;
import org.expertportal.account.TwoFactorService;
import org.expertportal.account.TwoFactorStatus;
import org.expertportal.shared.DomainException;
import org.springframework.beans.factory.annotation.Value;

/**
 * Two-factor authentication on one's own account: enrol (QR code or typed key, confirmed with a
 * first code), see the recovery codes once, replace them, and, for clients, switch it off. Staff
 * and administrators without it are sent here and can open nothing else until they have enrolled.
 */
@Route("account/two-factor")
@PermitAll
class TwoFactorView extends Div implements HasDynamicTitle {

    private final TwoFactorService twoFactor;
    private final String issuer;
    private final VerticalLayout content = new VerticalLayout();

    TwoFactorView(TwoFactorService twoFactor, @Value("${portal.two-factor.issuer:Expert Report Portal}") String issuer) {
        this.twoFactor = twoFactor;
        this.issuer = issuer;
        addClassName("portal-page");
        content.setPadding(false);
        content.setMaxWidth("40rem");
        add(content);
        render();
    }

    private void render() {
        content.removeAll();
        content.add(new H1(getTranslation("two-factor.title")));
        TwoFactorStatus status = twoFactor.status();
        if (status.enabled()) {
            showEnabled(status);
        } else {
            showEnrolment(status);
        }
    }

    private void showEnrolment(TwoFactorStatus status) {
        if (status.required()) {
            var notice = new Paragraph(getTranslation("two-factor.required-notice"));
            notice.setId("two-factor-required-notice");
            notice.addClassName("portal-notice");
            content.add(notice);
        }
        content.add(new Paragraph(getTranslation("two-factor.lead")));
        TwoFactorEnrolment enrolment = twoFactor.startEnrolment();

        var qr = QrCodeImage.of(enrolment.otpauthUri(issuer), getTranslation("two-factor.qr.alt"));
        qr.setId("two-factor-qr");
        var key = new Span(enrolment.groupedSecret());
        key.setId("two-factor-key");
        // The key is data, not text: it stays Latin in every language.
        key.addClassNames("portal-content", "portal-secret");

        var code = new TextField(getTranslation("two-factor.code"));
        code.setId("two-factor-code");
        code.setMaxLength(7);
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        var confirm = new Button(getTranslation("two-factor.confirm"), click -> {
            try {
                showRecoveryCodes(twoFactor.confirmEnrolment(code.getValue()), true);
            } catch (DomainException refused) {
                // Cleared first: a value change would validate the field again and drop the error.
                code.clear();
                code.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                code.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("two-factor-confirm");
        confirm.addClickShortcut(Key.ENTER);

        var steps = new OrderedList(
                new ListItem(getTranslation("two-factor.step.app")),
                new ListItem(new Paragraph(getTranslation("two-factor.step.scan")), qr,
                        new Paragraph(getTranslation("two-factor.step.key")), key),
                new ListItem(new Paragraph(getTranslation("two-factor.step.code")), code, confirm));
        steps.setId("two-factor-steps");
        content.add(steps);
    }

    private void showRecoveryCodes(List<String> codes, boolean justEnabled) {
        content.removeAll();
        content.add(new H1(getTranslation("two-factor.title")));
        if (justEnabled) {
            var enabled = new Paragraph(getTranslation("two-factor.enabled-now"));
            enabled.setId("two-factor-enabled-now");
            content.add(enabled);
        }
        content.add(new H2(getTranslation("two-factor.recovery.title")),
                new Paragraph(getTranslation("two-factor.recovery.lead", codes.size())));
        var list = new OrderedList();
        list.setId("recovery-codes");
        list.addClassNames("portal-content", "portal-secret");
        codes.forEach(code -> list.add(new ListItem(code)));
        var saved = new Button(getTranslation("two-factor.recovery.saved"), click -> {
            if (justEnabled) {
                getUI().ifPresent(ui -> ui.navigate("home"));
            } else {
                render();
            }
        });
        saved.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saved.setId("recovery-codes-saved");
        content.add(list, saved);
    }

    private void showEnabled(TwoFactorStatus status) {
        var state = new Paragraph(getTranslation("two-factor.status.on", status.recoveryCodesLeft()));
        state.setId("two-factor-status");
        content.add(state);

        var password = new PasswordField(getTranslation("password.current"));
        password.setId("recovery-password");
        var regenerate = new Button(getTranslation("two-factor.recovery.regenerate"), click -> {
            try {
                showRecoveryCodes(twoFactor.regenerateRecoveryCodes(password.getValue()), false);
            } catch (DomainException refused) {
                refuse(password, refused);
            }
        });
        regenerate.setId("recovery-regenerate");
        content.add(section("two-factor.recovery.new.title", "two-factor.recovery.new.lead", password, regenerate));

        if (status.required()) {
            var required = new Paragraph(getTranslation("two-factor.status.required"));
            required.setId("two-factor-cannot-disable");
            content.add(required);
            return;
        }
        var disablePassword = new PasswordField(getTranslation("password.current"));
        disablePassword.setId("two-factor-disable-password");
        var disable = new Button(getTranslation("two-factor.disable"), click -> {
            try {
                twoFactor.disable(disablePassword.getValue());
                render();
            } catch (DomainException refused) {
                refuse(disablePassword, refused);
            }
        });
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        disable.setId("two-factor-disable");
        content.add(section("two-factor.disable.title", "two-factor.disable.lead", disablePassword, disable));
    }

    private Component section(String titleKey, String leadKey, Component... parts) {
        var section = new VerticalLayout(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(leadKey)));
        section.add(parts);
        section.setPadding(false);
        return section;
    }

    private void refuse(PasswordField field, DomainException refused) {
        field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-factor.title") + " | " + getTranslation("app.name");
    }
}
