package org.expertportal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.expertportal.account.Roles;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.NotificationAdminService;
import org.expertportal.notification.OutboxEntry;
import org.expertportal.notification.OutboxFilter;
import org.expertportal.notification.OutboxStatus;
import org.expertportal.ui.DateField;
import org.expertportal.ui.Notifications;

/**
 * The outbox: every alert with its state, attempts and last error, filtered by state, kind and
 * date, paged from the database. Shows subjects only, never a body. Failed alerts can be sent
 * again; a test email checks the mail settings.
 */
@Route("admin/notifications")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 91, title = "menu.admin.notifications", icon = "vaadin:envelopes")
class OutboxView extends Div implements HasDynamicTitle {

    private final NotificationAdminService notifications;
    private final ZoneId zone;
    private final Select<OutboxStatus> status = new Select<>();
    private final Select<AlertType> type = new Select<>();
    private final DateField from = new DateField();
    private final DateField until = new DateField();
    private final Grid<OutboxEntry> grid = new Grid<>();

    OutboxView(NotificationAdminService notifications) {
        this.notifications = notifications;
        this.zone = notifications.timeZone();
        addClassName("portal-page");

        status.setId("filter-status");
        status.setLabel(getTranslation("admin.notifications.filter.status"));
        status.setItems(OutboxStatus.values());
        status.setItemLabelGenerator(value -> value == null ? getTranslation("admin.notifications.filter.all")
                : getTranslation("notification.status." + value.name().toLowerCase()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("admin.notifications.filter.all"));

        type.setId("filter-type");
        type.setLabel(getTranslation("admin.notifications.filter.type"));
        type.setItems(AlertType.values());
        type.setItemLabelGenerator(value -> value == null ? getTranslation("admin.notifications.filter.all")
                : getTranslation("notification.type." + value.key()));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("admin.notifications.filter.all"));

        from.setId("filter-from");
        from.setLabel(getTranslation("admin.notifications.filter.from"));
        until.setId("filter-until");
        until.setLabel(getTranslation("admin.notifications.filter.until"));
        for (DateField picker : List.of(from, until)) {
            picker.setClearButtonVisible(true);
        }
        status.addValueChangeListener(change -> refresh());
        type.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        until.addValueChangeListener(change -> refresh());

        var sendTest = new Button(getTranslation("admin.notifications.send-test"), click -> sendTestToMe());
        sendTest.setId("send-test");

        var filters = new HorizontalLayout(status, type, from, until, sendTest);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        configureGrid();
        add(new H1(getTranslation("menu.admin.notifications")),
                new Paragraph(getTranslation("admin.notifications.lead")), filters, grid);
    }

    private void configureGrid() {
        grid.setId("outbox");
        var time = new DateTimeTexts(getLocale(), zone);
        grid.addColumn(entry -> time.timestamp(entry.createdAt()))
                .setHeader(getTranslation("admin.notifications.column.created")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("notification.type." + entry.type().key()))
                .setHeader(getTranslation("admin.notifications.column.type")).setAutoWidth(true);
        grid.addColumn(entry -> "#" + entry.recipientAccountId())
                .setHeader(getTranslation("admin.notifications.column.recipient")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("notification.status." + entry.status().name().toLowerCase()))
                .setHeader(getTranslation("admin.notifications.column.status")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("admin.notifications.column.attempts"));
        grid.addColumn(entry -> entry.subject() == null ? "" : entry.subject())
                .setHeader(getTranslation("admin.notifications.column.subject")).setFlexGrow(1);
        grid.addColumn(entry -> entry.sentAt() == null ? "" : time.timestamp(entry.sentAt()))
                .setHeader(getTranslation("admin.notifications.column.sent")).setAutoWidth(true);
        grid.addColumn(entry -> entry.lastError() == null ? "" : entry.lastError())
                .setHeader(getTranslation("admin.notifications.column.last-error")).setFlexGrow(1);
        grid.addComponentColumn(entry -> {
            if (entry.status() != OutboxStatus.FAILED) {
                return new Div();
            }
            var resend = new Button(getTranslation("admin.notifications.resend"), click -> resend(entry));
            resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
            resend.setId("resend-" + entry.id());
            return resend;
        }).setAutoWidth(true);
        grid.setItems(
                query -> notifications.find(filter(), query.getPage(), query.getPageSize()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, notifications.count(filter())));
    }

    private OutboxFilter filter() {
        return new OutboxFilter(status.getValue(), type.getValue(), startOf(from.getValue()),
                until.getValue() == null ? null : startOf(until.getValue().plusDays(1)));
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void sendTestToMe() {
        notifications.sendTestAlertToMe();
        Notifications.success("admin.notifications.test-sent");
        refresh();
    }

    private void resend(OutboxEntry entry) {
        try {
            notifications.resend(entry.id());
            Notifications.success("admin.notifications.resent");
        } finally {
            // A refusal (the entry went meanwhile, say) is shown by the error handler; the list catches up either way.
            refresh();
        }
    }


    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.notifications") + " | " + getTranslation("app.name");
    }
}
