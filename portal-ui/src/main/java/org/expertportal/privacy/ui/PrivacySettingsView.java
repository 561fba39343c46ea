package org.expertportal.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import org.expertportal.account.AccountService;
import org.expertportal.account.Roles;
import org.expertportal.document.ui.DocumentDownloads;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.privacy.DataExportService;
import org.expertportal.privacy.ErasureRequest;
import org.expertportal.privacy.ErasureService;
import org.expertportal.privacy.ErasureStatus;
import org.expertportal.privacy.RetentionService;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.text.UserText;
import org.expertportal.ui.Notifications;
import org.expertportal.ui.UserTextFields;
import org.expertportal.ui.VisitorZone;

/**
 * A client's privacy page: download everything the portal holds about them (a zip), and ask for
 * their data to be erased. What an erasure does, and how long finished requests are kept, is said
 * here in plain words before they ask.
 */
@Route("account/privacy")
@RolesAllowed(Roles.CLIENT)
class PrivacySettingsView extends Div implements HasDynamicTitle {

    private final ErasureService erasure;
    private final ZoneId zone;
    private final VerticalLayout erasurePart = new VerticalLayout();

    PrivacySettingsView(DataExportService export, ErasureService erasure, RetentionService retention,
            AccountService accounts) {
        this.erasure = erasure;
        this.zone = VisitorZone.of(accounts.currentAccount().flatMap(a -> a.timeZone()));
        addClassName("portal-page");
        var layout = new VerticalLayout(new H1(getTranslation("privacy-settings.title")));
        layout.setPadding(false);
        layout.setMaxWidth("44rem");

        var download = new Anchor(DocumentDownloads.handler(export::exportMine),
                getTranslation("privacy-settings.export.download"));
        download.setId("export-download");
        layout.add(new H2(getTranslation("privacy-settings.export.title")),
                new Paragraph(getTranslation("privacy-settings.export.lead")), download);

        layout.add(new H2(getTranslation("privacy-settings.retention.title")),
                new Paragraph(getTranslation("privacy-settings.retention.lead", retention.policy().months())));

        erasurePart.setPadding(false);
        layout.add(new H2(getTranslation("privacy-settings.erasure.title")), erasurePart);
        add(layout);
        showErasure();
    }

    private void showErasure() {
        erasurePart.removeAll();
        var latest = erasure.myErasure();
        if (latest.isPresent() && latest.get().status() == ErasureStatus.PENDING) {
            var pending = new Paragraph(getTranslation("privacy-settings.erasure.pending",
                    new DateTimeTexts(getLocale(), zone).dateTimeInZone(latest.get().requestedAt())));
            pending.setId("erasure-pending");
            erasurePart.add(pending);
            return;
        }
        latest.filter(e -> e.status() == ErasureStatus.REFUSED).ifPresent(refused -> {
            var text = new Paragraph(getTranslation("privacy-settings.erasure.refused",
                    new DateTimeTexts(getLocale(), zone).dateTimeInZone(refused.decidedAt().orElse(refused.requestedAt()))));
            text.setId("erasure-refused");
            erasurePart.add(text);
        });
        erasurePart.add(new Paragraph(getTranslation("privacy-settings.erasure.lead")));
        var reason = new TextArea(getTranslation("privacy-settings.erasure.reason"));
        reason.setId("erasure-reason");
        UserTextFields.watch(reason, UserText.Kind.TEXT);
        reason.setMaxLength(ErasureRequest.MAX_REASON);
        reason.setHelperText(getTranslation("privacy-settings.erasure.reason.help"));
        reason.setWidthFull();
        var understood = new Checkbox(getTranslation("privacy-settings.erasure.understood"));
        understood.setId("erasure-understood");
        var ask = new Button(getTranslation("privacy-settings.erasure.ask"));
        ask.setId("erasure-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_ERROR);
        ask.setEnabled(false);
        understood.addValueChangeListener(e -> ask.setEnabled(e.getValue()));
        ask.addClickListener(click -> {
            try {
                erasure.requestErasure(reason.getValue());
                Notifications.success("privacy-settings.erasure.sent");
                showErasure();
            } catch (DomainException refused) {
                reason.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                reason.setInvalid(true);
            }
        });
        erasurePart.add(reason, understood, ask);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy-settings.title") + " | " + getTranslation("app.name");
    }
}
