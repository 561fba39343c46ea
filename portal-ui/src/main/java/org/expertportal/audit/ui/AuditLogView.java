package org.expertportal.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.expertportal.account.AccountService;
import org.expertportal.account.AccountSummary;
import org.expertportal.account.Roles;
import org.expertportal.audit.AuditAction;
import org.expertportal.audit.AuditEntry;
import org.expertportal.audit.AuditFilter;
import org.expertportal.audit.AuditTarget;
import org.expertportal.audit.AuditTrail;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.notification.NotificationAdminService;
import org.expertportal.ui.DateField;

/**
 * The audit trail for administrators: who did what to which record, when and from where, newest
 * first, filtered by actor (account id), action, target and dates, paged from the database.
 */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 93, title = "menu.admin.audit", icon = "vaadin:clipboard-text")
class AuditLogView extends Div implements HasDynamicTitle {

    private final AuditTrail audit;
    private final ZoneId zone;
    private final IntegerField actor = new IntegerField();
    private final Select<AuditAction> action = new Select<>();
    private final Select<String> targetType = new Select<>();
    private final TextField targetId = new TextField();
    private final DateField from = new DateField();
    private final DateField until = new DateField();
    private final Grid<AuditEntry> grid = new Grid<>();

    AuditLogView(AuditTrail audit, AccountService accounts, NotificationAdminService notifications) {
        this.audit = audit;
        this.zone = accounts.currentAccount().flatMap(AccountSummary::timeZone).orElse(notifications.timeZone());
        addClassName("portal-page");

        actor.setId("filter-actor");
        actor.setLabel(getTranslation("admin.audit.filter.actor"));
        actor.setMin(1);
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);

        action.setId("filter-action");
        action.setLabel(getTranslation("admin.audit.filter.action"));
        action.setItems(Arrays.stream(AuditAction.values())
                .sorted(Comparator.comparing(value -> getTranslation(value.messageKey())))
                .toList());
        action.setItemLabelGenerator(value -> value == null ? getTranslation("admin.audit.filter.all")
                : getTranslation(value.messageKey()));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("admin.audit.filter.all"));

        targetType.setId("filter-target-type");
        targetType.setLabel(getTranslation("admin.audit.filter.target-type"));
        targetType.setItems(AuditTarget.ALL);
        targetType.setItemLabelGenerator(value -> value == null ? getTranslation("admin.audit.filter.all")
                : getTranslation("audit.target." + value));
        targetType.setEmptySelectionAllowed(true);
        targetType.setEmptySelectionCaption(getTranslation("admin.audit.filter.all"));

        targetId.setId("filter-target-id");
        targetId.setLabel(getTranslation("admin.audit.filter.target-id"));
        targetId.setClearButtonVisible(true);
        targetId.setMaxLength(64);
        targetId.setValueChangeMode(ValueChangeMode.LAZY);

        from.setId("filter-from");
        from.setLabel(getTranslation("admin.audit.filter.from"));
        until.setId("filter-until");
        until.setLabel(getTranslation("admin.audit.filter.until"));
        for (DateField picker : List.of(from, until)) {
            picker.setClearButtonVisible(true);
        }
        actor.addValueChangeListener(change -> refresh());
        action.addValueChangeListener(change -> refresh());
        targetType.addValueChangeListener(change -> refresh());
        targetId.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        until.addValueChangeListener(change -> refresh());

        var filters = new HorizontalLayout(actor, action, targetType, targetId, from, until);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        configureGrid();
        add(new H1(getTranslation("menu.admin.audit")), new Paragraph(getTranslation("admin.audit.lead")),
                filters, grid);
    }

    private void configureGrid() {
        grid.setId("audit");
        var time = new DateTimeTexts(getLocale(), zone);
        grid.addColumn(entry -> time.timestamp(entry.occurredAt()))
                .setHeader(getTranslation("admin.audit.column.time")).setAutoWidth(true);
        grid.addColumn(this::actorText).setHeader(getTranslation("admin.audit.column.actor")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation(entry.action().messageKey()))
                .setHeader(getTranslation("admin.audit.column.action")).setAutoWidth(true);
        grid.addColumn(this::targetText).setHeader(getTranslation("admin.audit.column.target")).setFlexGrow(1);
        grid.addColumn(entry -> entry.detail() == null ? "" : entry.detail())
                .setHeader(getTranslation("admin.audit.column.detail")).setFlexGrow(1);
        grid.addColumn(entry -> entry.ip() == null ? "" : entry.ip())
                .setHeader(getTranslation("admin.audit.column.ip")).setAutoWidth(true);
        grid.setItems(
                query -> audit.find(filter(), query.getPage(), query.getPageSize()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter())));
    }

    private String actorText(AuditEntry entry) {
        String who = getTranslation("audit.actor." + entry.actorLabel().toLowerCase());
        return entry.actorAccountId() == null ? who : who + " #" + entry.actorAccountId();
    }

    private String targetText(AuditEntry entry) {
        if (entry.targetType() == null) {
            return "";
        }
        String kind = getTranslation("audit.target." + entry.targetType());
        return entry.targetId() == null ? kind : kind + " " + entry.targetId();
    }

    private AuditFilter filter() {
        String target = targetId.getValue() == null || targetId.getValue().isBlank() ? null : targetId.getValue().strip();
        return new AuditFilter(actor.getValue() == null ? null : actor.getValue().longValue(), action.getValue(),
                targetType.getValue(), target, startOf(from.getValue()),
                until.getValue() == null ? null : startOf(until.getValue().plusDays(1)));
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.audit") + " | " + getTranslation("app.name");
    }
}
