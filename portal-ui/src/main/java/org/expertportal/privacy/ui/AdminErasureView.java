package org.expertportal.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import org.expertportal.account.AccountService;
import org.expertportal.account.Roles;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.privacy.ErasureService;
import org.expertportal.privacy.ErasureService.PendingErasure;
import org.expertportal.ui.Notifications;
import org.expertportal.ui.VisitorZone;

/**
 * Erasure requests waiting for an administrator: who asked, when, and why if they said. Granting
 * erases at once and cannot be undone; refusing tells the client, who may ask again.
 */
@Route("admin/privacy")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 93, title = "menu.admin.privacy", icon = "vaadin:eraser")
class AdminErasureView extends Div implements HasDynamicTitle {

    private final ErasureService erasure;
    private final ZoneId zone;
    private final Grid<PendingErasure> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    AdminErasureView(ErasureService erasure, AccountService accounts) {
        this.erasure = erasure;
        this.zone = VisitorZone.of(accounts.currentAccount().flatMap(a -> a.timeZone()));
        addClassName("portal-page");
        var layout = new VerticalLayout(new H1(getTranslation("admin-privacy.title")),
                new Paragraph(getTranslation("admin-privacy.lead")));
        layout.setPadding(false);

        grid.setId("erasure-requests");
        grid.addColumn(e -> new DateTimeTexts(getLocale(), zone).dateTimeInZone(e.requestedAt()))
                .setHeader(getTranslation("admin-privacy.requested-at")).setAutoWidth(true);
        grid.addColumn(PendingErasure::accountReference).setHeader(getTranslation("admin-privacy.account"))
                .setAutoWidth(true);
        grid.addColumn(PendingErasure::displayName).setHeader(getTranslation("account.name")).setAutoWidth(true);
        grid.addColumn(PendingErasure::email).setHeader(getTranslation("login.email")).setAutoWidth(true);
        grid.addColumn(e -> e.reason().orElse("")).setHeader(getTranslation("admin-privacy.reason"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        none.setText(getTranslation("admin-privacy.none"));
        none.setId("no-erasure-requests");
        layout.add(none, grid);
        add(layout);
        refresh();
    }

    private HorizontalLayout actions(PendingErasure pending) {
        var approve = new Button(getTranslation("admin-privacy.approve"),
                click -> decide(() -> erasure.approve(pending.id()), "admin-privacy.approved"));
        approve.addThemeVariants(ButtonVariant.LUMO_ERROR);
        approve.setId("approve-" + pending.id());
        var refuse = new Button(getTranslation("admin-privacy.refuse"),
                click -> decide(() -> erasure.refuse(pending.id()), "admin-privacy.refused"));
        refuse.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refuse.setId("refuse-" + pending.id());
        return new HorizontalLayout(approve, refuse);
    }

    private void decide(Runnable decision, String doneKey) {
        try {
            decision.run();
            Notifications.success(doneKey);
        } finally {
            // A refusal (decided meanwhile by another admin, say) is shown by the error handler.
            refresh();
        }
    }

    private void refresh() {
        var pending = erasure.pending();
        grid.setItems(pending);
        grid.setVisible(!pending.isEmpty());
        none.setVisible(pending.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin-privacy.title") + " | " + getTranslation("app.name");
    }
}
