package org.expertportal.notification.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.expertportal.account.Roles;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.notification.CapturedMailService;
import org.expertportal.notification.NotificationAdminService;
import org.expertportal.notification.SentMailArchive.CapturedMail;

/**
 * Demo profile: the mails the portal sent to its embedded mail server, with the text of the one
 * chosen. Elsewhere mail goes to the configured server and this page says so.
 */
@Route("admin/mail")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 92, title = "menu.admin.mail", icon = "vaadin:inbox")
class CapturedMailView extends Div implements HasDynamicTitle {

    CapturedMailView(CapturedMailService capturedMail, NotificationAdminService notifications) {
        addClassName("portal-page");
        add(new H1(getTranslation("menu.admin.mail")));
        if (!capturedMail.isCapturing()) {
            var off = new Paragraph(getTranslation("admin.mail.off"));
            off.setId("capture-off");
            add(off);
            return;
        }
        var time = new DateTimeTexts(getLocale(), notifications.timeZone());
        var grid = new Grid<CapturedMail>();
        grid.setId("captured-mail");
        grid.addColumn(mail -> mail.sentAt() == null ? "" : time.timestamp(mail.sentAt()))
                .setHeader(getTranslation("admin.mail.column.sent")).setAutoWidth(true);
        grid.addColumn(CapturedMail::to).setHeader(getTranslation("admin.mail.column.to")).setAutoWidth(true);
        grid.addColumn(CapturedMail::subject).setHeader(getTranslation("admin.mail.column.subject")).setFlexGrow(1);
        grid.setItems(capturedMail.list());

        var text = new Pre();
        text.setId("captured-text");
        text.getStyle().set("white-space", "pre-wrap");
        var hint = new Paragraph(getTranslation("admin.mail.choose"));
        grid.asSingleSelect().addValueChangeListener(change -> {
            text.setText(change.getValue() == null ? "" : capturedMail.textOf(change.getValue().fileName()).orElse(""));
            hint.setVisible(change.getValue() == null);
        });
        add(new Paragraph(getTranslation("admin.mail.lead")), grid, hint, text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.mail") + " | " + getTranslation("app.name");
    }
}
