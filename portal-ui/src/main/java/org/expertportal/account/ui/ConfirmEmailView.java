package org.expertportal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.expertportal.account.AccountLinkService;
import org.expertportal.account.LinkPurpose;
import org.expertportal.shared.DomainException;

/**
 * Where the confirmation link of an email change leads. The change happens on the button, not on
 * opening the page, because mail scanners open links before people do.
 */
@Route("account/confirm-email")
@AnonymousAllowed
class ConfirmEmailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountLinkService links;

    ConfirmEmailView(AccountLinkService links) {
        this.links = links;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        if (links.usablePurpose(token).filter(purpose -> purpose == LinkPurpose.EMAIL_CHANGE).isEmpty()) {
            add(new InvalidLinkPanel(links));
            return;
        }
        var result = new Paragraph();
        result.setId("email-change-result");
        var confirm = new Button(getTranslation("email-change.confirm"));
        confirm.setId("confirm-email");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            try {
                links.confirmEmailChange(token);
                result.setText(getTranslation("email-change.confirmed"));
                confirm.setVisible(false);
            } catch (DomainException refused) {
                if (refused.messageKey().equals("account-link.invalid")) {
                    removeAll();
                    add(new InvalidLinkPanel(links));
                    return;
                }
                result.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        var layout = new VerticalLayout(new H1(getTranslation("email-change.confirm.title")),
                new Paragraph(getTranslation("email-change.confirm.lead")),
                new Paragraph(getTranslation("email-change.other-sessions")), confirm, result);
        layout.setPadding(false);
        layout.setMaxWidth("32rem");
        add(layout);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("email-change.confirm.title") + " | " + getTranslation("app.name");
    }
}
