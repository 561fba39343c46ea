package org.expertportal.request.servicelevel.ui;

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
import java.time.Clock;
import java.util.List;
import org.expertportal.account.Roles;
import org.expertportal.request.clock.OfficeCalendar;
import org.expertportal.request.queue.QueueLine;
import org.expertportal.request.queue.ui.QueueUrgency;
import org.expertportal.request.queue.ui.StaffQueueView;
import org.expertportal.request.servicelevel.MyDay;
import org.expertportal.request.servicelevel.ServiceLevelService;
import org.expertportal.request.ui.RequestParts;
import org.expertportal.request.workbench.ui.StaffRequestView;
import org.expertportal.ui.Texts;

/**
 * A staff member's day: today's figures, their requests most urgent first, unowned requests still
 * waiting for a first response, and their requests whose expert is due.
 */
@Route("staff/my-day")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Menu(order = 3, title = "menu.staff.my-day", icon = "vaadin:calendar-user")
class MyDayView extends Div implements HasDynamicTitle {

    MyDayView(ServiceLevelService serviceLevel, OfficeCalendar calendar, Clock clock) {
        addClassName("portal-page");
        MyDay day = serviceLevel.myDay();
        RequestParts.Translator tr = this::getTranslation;
        var today = day.today();
        var figures = new UnorderedList(
                new ListItem(getTranslation("sla.column.received") + ": " + today.received()),
                new ListItem(getTranslation("sla.column.median") + ": "
                        + ServiceLevelParts.minutes(today.medianMinutes(), getLocale())),
                new ListItem(getTranslation("sla.column.within-hour") + ": "
                        + ServiceLevelParts.percent(today.shareWithinTarget(), getLocale())),
                new ListItem(getTranslation("sla.column.breaches") + ": " + today.breaches()),
                new ListItem(getTranslation("sla.column.delivered") + ": " + today.delivered()));
        figures.setId("my-day-figures");
        add(new H1(getTranslation("myday.title")), new H2(getTranslation("myday.today")), figures);
        add(section("myday.mine", "my-day-mine", day.mine(), calendar, clock, tr));
        add(section("myday.unowned", "my-day-unowned", day.unownedWaiting(), calendar, clock, tr));
        add(section("myday.expert-due", "my-day-expert-due", day.expertDue(), calendar, clock, tr));
        add(new RouterLink(getTranslation("myday.open-queue"), StaffQueueView.class));
    }

    private Div section(String titleKey, String id, List<QueueLine> lines, OfficeCalendar calendar, Clock clock,
            RequestParts.Translator tr) {
        var box = new Div(new H2(getTranslation(titleKey)));
        var list = new UnorderedList();
        list.setId(id);
        for (QueueLine line : lines) {
            var link = new RouterLink(line.reference(), StaffRequestView.class,
                    new RouteParameters("reference", line.reference().toLowerCase()));
            var urgency = QueueUrgency.of(line, clock.instant(), calendar.today(clock.instant()), tr);
            var shown = new Span(" · " + urgency.text());
            shown.addClassName(urgency.warning() ? "portal-warning" : "portal-ok");
            String expertDue = QueueUrgency.expertDue(line, calendar.today(clock.instant()), tr);
            list.add(new ListItem(link, shown, new Span(" · " + getTranslation(line.status().staffNameKey())
                    + (expertDue.isEmpty() ? "" : " · " + expertDue) + " · "),
                    Texts.content(new Span(line.requesterName()))));
        }
        if (lines.isEmpty()) {
            box.add(new Paragraph(getTranslation("myday.nothing")));
        }
        box.add(list);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myday.title") + " | " + getTranslation("app.name");
    }
}
