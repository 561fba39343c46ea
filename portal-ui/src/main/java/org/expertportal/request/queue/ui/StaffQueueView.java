package org.expertportal.request.queue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.expertportal.account.AccountService;
import org.expertportal.account.Roles;
import org.expertportal.country.CoverageService;
import org.expertportal.expert.ExpertCard;
import org.expertportal.expert.ExpertFilter;
import org.expertportal.expert.ExpertService;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.clock.OfficeCalendar;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.queue.QueueFilter;
import org.expertportal.request.queue.QueueLine;
import org.expertportal.request.queue.StaffQueueQueries.StaffMember;
import org.expertportal.request.queue.StaffQueueService;
import org.expertportal.request.ui.RequestParts;
import org.expertportal.request.workbench.ui.StaffRequestView;
import org.expertportal.ui.Texts;
import org.expertportal.ui.VisitorZone;

/**
 * The staff queue: open requests, most urgent first (unanswered with the least time left, then
 * the nearest hearing, then the oldest), with filters and counts per status. The grid pages
 * lazily through the service by keyset.
 */
@Route("staff/queue")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Menu(order = 4, title = "menu.staff.queue", icon = "vaadin:list-ol")
public class StaffQueueView extends Div implements HasDynamicTitle {

    /** Assignee choices besides the staff members themselves. */
    private static final long ANYONE = 0;
    private static final long MINE = -1;
    private static final long UNASSIGNED = -2;
    /** Windows this narrow (the stylesheet's 50em) show the filters folded. */
    private static final int NARROW_PX = 800;

    private final QueueKeysetPaging paging;
    final Select<RequestStatus> status = new Select<>();
    final ComboBox<String> region = new ComboBox<>();
    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<String> theme = new ComboBox<>();
    final Select<Long> assignee = new Select<>();
    final ComboBox<ExpertCard> expert = new ComboBox<>();
    final Select<Boolean> legalAid = new Select<>();
    final Checkbox overdue = new Checkbox();
    final IntegerField hearingWithin = new IntegerField();
    final Checkbox expertDue = new Checkbox();
    final TextField text = new TextField();
    final Checkbox all = new Checkbox();
    final Grid<QueueLine> grid = new Grid<>();

    StaffQueueView(StaffQueueService queue, CoverageService coverage, RequestIntakeService intake,
            ExpertService experts, AccountService accounts, OfficeCalendar calendar, Clock clock) {
        addClassName("portal-page");
        this.paging = new QueueKeysetPaging(queue);
        ZoneId zone = VisitorZone.of(accounts.currentAccount().flatMap(a -> a.timeZone()));
        RequestParts.Translator tr = this::getTranslation;

        var counts = new FlexLayout();
        counts.setId("status-counts");
        counts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        counts.getStyle().set("gap", "var(--lumo-space-s)");
        queue.countsByStatus().forEach((value, count) -> {
            var badge = new Button(getTranslation(value.staffNameKey()) + " " + count, click -> status.setValue(value));
            badge.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            badge.setId("count-" + value.name().toLowerCase());
            counts.add(badge);
        });

        status.setLabel(getTranslation("workbench.filter.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("workbench.filter.open"));
        status.setItems(RequestStatus.values());
        status.setItemLabelGenerator(value -> value == null ? getTranslation("workbench.filter.open")
                : getTranslation(value.staffNameKey()));
        status.setId("filter-status");

        region.setLabel(getTranslation("workbench.filter.region"));
        region.setItems(coverage.regions().stream().map(r -> r.regionKey()).toList());
        region.setItemLabelGenerator(key -> getTranslation("region." + key));
        region.setClearButtonVisible(true);
        region.setId("filter-region");

        var choices = intake.choices();
        country.setLabel(getTranslation("workbench.filter.country"));
        country.setItems(choices.countries().stream().map(c -> c.isoCode()).toList());
        country.setItemLabelGenerator(iso -> getTranslation("country." + iso));
        country.setClearButtonVisible(true);
        country.setId("filter-country");

        theme.setLabel(getTranslation("workbench.filter.theme"));
        theme.setItems(choices.themeKeys());
        theme.setItemLabelGenerator(key -> getTranslation("theme." + key));
        theme.setClearButtonVisible(true);
        theme.setId("filter-theme");

        List<StaffMember> staff = queue.staffMembers();
        List<Long> assignees = new ArrayList<>(List.of(ANYONE, MINE, UNASSIGNED));
        staff.forEach(member -> assignees.add(member.id()));
        Map<Long, String> names = new HashMap<>();
        staff.forEach(member -> names.put(member.id(), member.name()));
        assignee.setLabel(getTranslation("workbench.filter.assignee"));
        assignee.setItems(assignees);
        assignee.setItemLabelGenerator(id -> id == ANYONE ? getTranslation("workbench.filter.anyone")
                : id == MINE ? getTranslation("workbench.filter.mine")
                : id == UNASSIGNED ? getTranslation("workbench.filter.unassigned") : names.get(id));
        assignee.setValue(ANYONE);
        assignee.setId("filter-assignee");

        expert.setLabel(getTranslation("workbench.filter.expert"));
        expert.setItems(experts.publicExperts(ExpertFilter.NONE));
        expert.setItemLabelGenerator(ExpertCard::name);
        expert.setClearButtonVisible(true);
        expert.setId("filter-expert");

        legalAid.setLabel(getTranslation("request.field.legal-aid"));
        legalAid.setEmptySelectionAllowed(true);
        legalAid.setEmptySelectionCaption(getTranslation("workbench.filter.either"));
        legalAid.setItems(Boolean.TRUE, Boolean.FALSE);
        legalAid.setItemLabelGenerator(value -> value == null ? getTranslation("workbench.filter.either")
                : getTranslation(value ? "common.yes" : "common.no"));
        legalAid.setId("filter-legal-aid");

        overdue.setLabel(getTranslation("workbench.filter.overdue"));
        overdue.setId("filter-overdue");
        hearingWithin.setLabel(getTranslation("workbench.filter.hearing-within"));
        hearingWithin.setMin(0);
        hearingWithin.setMax(3650);
        hearingWithin.setClearButtonVisible(true);
        hearingWithin.setId("filter-hearing-within");
        all.setLabel(getTranslation("workbench.filter.all"));
        all.setId("filter-all");
        expertDue.setLabel(getTranslation("workbench.filter.expert-due"));
        expertDue.setId("filter-expert-due");
        text.setLabel(getTranslation("workbench.filter.text"));
        text.setPlaceholder(getTranslation("workbench.filter.text.placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("filter-text");

        var filters = new FlexLayout(status, region, country, theme, assignee, expert, legalAid, hearingWithin, text,
                overdue, expertDue, all);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        filters.setId("queue-filters");
        filters.addClassName("portal-filters");
        // Twelve filters fill a phone's screen: they fold away there, and stay open on a desk.
        var filterPanel = new Details(getTranslation("workbench.filters"), filters);
        filterPanel.setId("queue-filters-panel");
        filterPanel.setWidthFull();
        addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(
                client -> filterPanel.setOpened(client.getWindowInnerWidth() > NARROW_PX)));

        grid.setId("queue");
        grid.addComponentColumn(line -> {
                    var link = new RouterLink(line.reference(), StaffRequestView.class,
                            new RouteParameters("reference", line.reference().toLowerCase()));
                    link.setId("queue-" + line.reference());
                    return link;
                })
                .setHeader(getTranslation("request.column.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(line -> {
                    var shown = QueueUrgency.of(line, clock.instant(), calendar.today(clock.instant()), tr);
                    var urgency = new Span(shown.text());
                    urgency.addClassName(shown.warning() ? "portal-warning" : "portal-ok");
                    return urgency;
                })
                .setHeader(getTranslation("workbench.column.urgency")).setAutoWidth(true);
        grid.addComponentColumn(line -> Texts.content(new Span(line.requesterName()
                        + line.organisation().map(org -> " · " + org).orElse(""))))
                .setHeader(getTranslation("workbench.column.client")).setFlexGrow(2);
        grid.addColumn(line -> getTranslation(line.kind().nameKey()))
                .setHeader(getTranslation("request.column.kind")).setAutoWidth(true);
        grid.addColumn(line -> getTranslation(Texts.countryKey(line.countryCode())))
                .setHeader(getTranslation("request.column.country")).setAutoWidth(true);
        grid.addColumn(line -> getTranslation(line.status().staffNameKey()))
                .setHeader(getTranslation("request.column.status")).setAutoWidth(true);
        grid.addColumn(line -> line.hearing().map(date -> DateTimeTexts.date(date, getLocale())).orElse("—"))
                .setHeader(getTranslation("request.column.hearing")).setAutoWidth(true);
        grid.addComponentColumn(line -> Texts.content(new Span(line.assignee().orElse("—"))))
                .setHeader(getTranslation("workbench.column.assignee")).setAutoWidth(true);
        grid.addComponentColumn(line -> {
                    var cell = new Span();
                    line.expert().ifPresent(name -> cell.add(Texts.content(new Span(name))));
                    String due = QueueUrgency.expertDue(line, calendar.today(clock.instant()), tr);
                    if (!due.isEmpty()) {
                        var flag = new Span(" · " + due);
                        flag.addClassName("portal-warning");
                        cell.add(flag);
                    }
                    return cell;
                })
                .setHeader(getTranslation("workbench.column.expert")).setAutoWidth(true);
        grid.setItems(query -> paging.fetch(query.getOffset(), query.getLimit()));
        grid.setPageSize(50);
        grid.setHeight("36rem");

        status.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        country.addValueChangeListener(e -> refresh());
        theme.addValueChangeListener(e -> refresh());
        assignee.addValueChangeListener(e -> refresh());
        expert.addValueChangeListener(e -> refresh());
        legalAid.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        hearingWithin.addValueChangeListener(e -> refresh());
        expertDue.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        all.addValueChangeListener(e -> refresh());

        add(new H1(getTranslation("workbench.queue.title")), counts, filterPanel, grid);
    }

    QueueFilter filter() {
        Long chosen = assignee.getValue() == null ? ANYONE : assignee.getValue();
        return new QueueFilter(status.getValue(), region.getValue(), country.getValue(), theme.getValue(),
                chosen > 0 ? chosen : null, chosen == MINE, chosen == UNASSIGNED,
                expert.getValue() == null ? null : expert.getValue().id(),
                legalAid.getValue(), overdue.getValue(), hearingWithin.isInvalid() ? null : hearingWithin.getValue(),
                expertDue.getValue(), text.getValue(), all.getValue());
    }

    private void refresh() {
        paging.filter(filter());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workbench.queue.title") + " | " + getTranslation("app.name");
    }
}
