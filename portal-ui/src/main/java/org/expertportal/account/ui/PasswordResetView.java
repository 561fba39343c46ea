package org.expertportal.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.expertportal.account.AccountLinkService;

/** "Forgot password?": a link to choose a new password, sent if the address has an account. */
@Route("account/reset")
@AnonymousAllowed
class PasswordResetView extends Div implements HasDynamicTitle {

    PasswordResetView(AccountLinkService links) {
        addClassName("portal-page");
        var layout = new VerticalLayout(new H1(getTranslation("reset.title")),
                new Paragraph(getTranslation("reset.lead")), new ResetRequestForm(links));
        layout.setPadding(false);
        layout.setMaxWidth("32rem");
        add(layout);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " | " + getTranslation("app.name");
    }
}
