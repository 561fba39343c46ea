package org.expertportal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.server.VaadinRequest;
import org.expertportal.account.AccountLinkService;
import org.expertportal.shared.DomainException;

/**
 * Asks for a password-reset link. The answer is the same whether or not an account has the
 * address; only a malformed address or too many requests (counted for every address) are refused.
 */
class ResetRequestForm extends VerticalLayout {

    ResetRequestForm(AccountLinkService links) {
        setPadding(false);
        var email = new EmailField(getTranslation("login.email"));
        email.setId("reset-email");
        email.setWidthFull();
        var answer = new Paragraph(getTranslation("reset.sent"));
        answer.setId("reset-sent");
        answer.setVisible(false);
        var send = new Button(getTranslation("reset.send"));
        send.setId("reset-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            email.setInvalid(false);
            try {
                VaadinRequest request = VaadinRequest.getCurrent();
                links.requestPasswordReset(email.getValue(), request == null ? null : request.getRemoteAddr());
                answer.setVisible(true);
                email.clear();
            } catch (DomainException refused) {
                answer.setVisible(false);
                email.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                email.setInvalid(true);
            }
        });
        add(email, send, answer);
    }
}
