package org.expertportal.request.intake.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.expertportal.account.AccountService;
import org.expertportal.account.Roles;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.request.intake.HeldRequestService;
import org.expertportal.shared.DomainException;
import org.expertportal.ui.Notifications;
import org.expertportal.ui.VisitorZone;

/**
 * Where the link of a held request leads (docs/adr/033): the owner of the account, signed in,
 * confirms that a request made with their address on the public form is theirs, or erases it.
 * Opening the page changes nothing (mail scanners open links); a link that expired, was used or
 * was sent to another account shows one message, the same for all.
 */
@Route("request/confirm")
@RolesAllowed(Roles.CLIENT)
class ConfirmRequestView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final HeldRequestService held;
    private final AccountService accounts;

    ConfirmRequestView(HeldRequestService held, AccountService accounts) {
        this.held = held;
        this.accounts = accounts;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        held.forConfirmation(token).ifPresentOrElse(found -> {
            var times = new DateTimeTexts(getLocale(), VisitorZone.of(accounts.currentAccount()
                    .flatMap(a -> a.timeZone())));
            var lead = new Paragraph(getTranslation("held-request.lead", found.reference(),
                    times.dateTime(found.submittedAt()), times.zoneName()));
            lead.setId("held-request-lead");
            var confirm = new Button(getTranslation("held-request.confirm"), click -> confirm(token));
            confirm.setId("confirm-request");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setDisableOnClick(true);
            var decline = new Button(getTranslation("held-request.decline"), click -> decline(token));
            decline.setId("decline-request");
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            decline.setDisableOnClick(true);
            var layout = new VerticalLayout(new H1(getTranslation("held-request.title")), lead,
                    new Paragraph(getTranslation("held-request.what-happens")),
                    new Paragraph(new RouterLink(getTranslation("request.form.privacy-link"), PrivacyNoticeView.class)),
                    new HorizontalLayout(confirm, decline));
            layout.setPadding(false);
            layout.setMaxWidth("40rem");
            add(layout);
        }, this::showInvalid);
    }

    private void confirm(String token) {
        try {
            String reference = held.confirm(token);
            Notifications.success("held-request.confirmed", reference);
            UI.getCurrent().navigate("my/requests/" + reference.toLowerCase(Locale.ROOT));
        } catch (DomainException refused) {
            showInvalid();
        }
    }

    private void decline(String token) {
        try {
            held.decline(token);
            removeAll();
            var done = new Paragraph(getTranslation("held-request.declined"));
            done.setId("held-request-declined");
            add(new H1(getTranslation("held-request.title")), done);
        } catch (DomainException refused) {
            showInvalid();
        }
    }

    private void showInvalid() {
        removeAll();
        var text = new Paragraph(getTranslation("held-request.link-invalid"));
        text.setId("held-request-invalid");
        var layout = new VerticalLayout(new H1(getTranslation("held-request.invalid.title")), text,
                new Paragraph(getTranslation("held-request.invalid.next")));
        layout.setPadding(false);
        layout.setMaxWidth("40rem");
        add(layout);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("held-request.title") + " | " + getTranslation("app.name");
    }
}
