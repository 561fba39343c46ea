package org.expertportal.request.servicelevel.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import org.expertportal.account.AccountService;
import org.expertportal.account.Roles;
import org.expertportal.consultation.StaffConsultationChanges;
import org.expertportal.consultation.ui.ConsultationWeeks;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.request.servicelevel.ServiceLevelQueries.Breach;
import org.expertportal.request.servicelevel.ServiceLevelReport;
import org.expertportal.request.servicelevel.ServiceLevelReport.Week;
import org.expertportal.request.servicelevel.ServiceLevelService;
import org.expertportal.request.workbench.ui.StaffRequestView;
import org.expertportal.ui.Texts;
import org.expertportal.ui.VisitorZone;

/**
 * The service level for administrators: this week and the twelve before it (received, first
 * response median and 90th percentile, share within the hour, breaches, deliveries, median time to
 * delivery), the breaches with links, and open requests by status and region. Tables plus plain
 * HTML bars.
 */
@Route("admin/sla")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 85, title = "menu.admin.sla", icon = "vaadin:chart")
class ServiceLevelView extends Div implements HasDynamicTitle {

    ServiceLevelView(ServiceLevelService serviceLevel, StaffConsultationChanges consultations, AccountService accounts) {
        addClassName("portal-page");
        ZoneId zone = VisitorZone.of(accounts.currentAccount().flatMap(a -> a.timeZone()));
        ServiceLevelReport report = serviceLevel.report();
        add(new H1(getTranslation("sla.title")), new Paragraph(getTranslation("sla.lead",
                new DateTimeTexts(getLocale(), zone).dateTimeInZone(report.asOf()))));

        var weeks = new Grid<Week>();
        weeks.setId("sla-weeks");
        weeks.addColumn(week -> DateTimeTexts.date(week.monday(), getLocale())).setHeader(getTranslation("sla.column.week"))
                .setAutoWidth(true);
        weeks.addColumn(Week::received).setHeader(getTranslation("sla.column.received"));
        weeks.addColumn(week -> ServiceLevelParts.minutes(week.medianMinutes(), getLocale()))
                .setHeader(getTranslation("sla.column.median"));
        weeks.addColumn(week -> ServiceLevelParts.minutes(week.p90Minutes(), getLocale()))
                .setHeader(getTranslation("sla.column.p90"));
        weeks.addColumn(week -> ServiceLevelParts.percent(week.shareWithinTarget(), getLocale()))
                .setHeader(getTranslation("sla.column.within-hour"));
        weeks.addColumn(Week::breaches).setHeader(getTranslation("sla.column.breaches"));
        weeks.addColumn(Week::delivered).setHeader(getTranslation("sla.column.delivered"));
        weeks.addColumn(week -> ServiceLevelParts.days(week.medianMinutesToDelivery(), getLocale()))
                .setHeader(getTranslation("sla.column.to-delivery"));
        weeks.setItems(report.weeks().reversed());
        weeks.setAllRowsVisible(true);
        add(new H2(getTranslation("sla.weeks")), weeks);
        add(new ConsultationWeeks(consultations, report.weeks().size()));

        var charts = new Div();
        charts.setId("sla-charts");
        long maxReceived = report.weeks().stream().mapToLong(Week::received).max().orElse(0);
        charts.add(new H2(getTranslation("sla.chart.received")));
        for (Week week : report.weeks()) {
            charts.add(ServiceLevelParts.bar(DateTimeTexts.date(week.monday(), getLocale()), week.received(), maxReceived,
                    String.valueOf(week.received())));
        }
        charts.add(new H2(getTranslation("sla.chart.within-hour")));
        for (Week week : report.weeks()) {
            charts.add(ServiceLevelParts.bar(DateTimeTexts.date(week.monday(), getLocale()),
                    week.shareWithinTarget().orElse(0.0), 1,
                    ServiceLevelParts.percent(week.shareWithinTarget(), getLocale())));
        }
        add(charts);

        add(new H2(getTranslation("sla.breaches")));
        var breaches = new UnorderedList();
        breaches.setId("sla-breaches");
        for (Breach breach : report.breaches()) {
            var link = new RouterLink(breach.reference(), StaffRequestView.class,
                    new RouteParameters("reference", breach.reference().toLowerCase()));
            link.setId("breach-" + breach.reference());
            String late = breach.minutes() != null ? getTranslation("sla.breach.answered", breach.minutes())
                    : getTranslation("sla.breach.unanswered");
            breaches.add(new ListItem(link, new Span(" · "
                    + new DateTimeTexts(getLocale(), zone).dateTimeInZone(breach.receivedAt()) + " · " + late)));
        }
        if (report.breaches().isEmpty()) {
            add(new Paragraph(getTranslation("sla.breaches.none")));
        }
        add(breaches);

        var open = new Div(new H2(getTranslation("sla.open.status")));
        open.setId("sla-open");
        long maxStatus = report.openByStatus().values().stream().mapToLong(Long::longValue).max().orElse(0);
        report.openByStatus().forEach((status, count) -> open.add(ServiceLevelParts.bar(
                getTranslation(status.staffNameKey()), count, maxStatus, String.valueOf(count))));
        open.add(new H2(getTranslation("sla.open.region")));
        long maxRegion = report.openByRegion().values().stream().mapToLong(Long::longValue).max().orElse(0);
        report.openByRegion().forEach((region, count) -> open.add(ServiceLevelParts.bar(
                getTranslation(ServiceLevelReport.NO_COUNTRY.equals(region) ? "request.country.none" : "region." + region),
                count, maxRegion, String.valueOf(count))));
        add(open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sla.title") + " | " + getTranslation("app.name");
    }
}
