package org.expertportal.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.expertportal.account.AccountService;
import org.expertportal.account.Roles;
import org.expertportal.consultation.ConsultationStatus;
import org.expertportal.consultation.StaffConsultationChanges;
import org.expertportal.consultation.StaffConsultationService;
import org.expertportal.consultation.StaffConsultationViews.Line;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.ui.VisitorZone;

/**
 * The signed-in staff member's consultations, a day or a week at a time: the request reference
 * (to its staff page), the time in the staff member's zone and in the client's, the video link,
 * and, once a consultation has started, "held" or "no-show". "Everyone's" lists every staff
 * member's; any booking not yet started can be moved or cancelled here, with a reason.
 */
@Route("staff/consultations")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Menu(order = 51, title = "menu.staff.consultations", icon = "vaadin:calendar-user")
class StaffConsultationsView extends Div implements HasDynamicTitle {

    private enum Period { DAY, WEEK }

    private final StaffConsultationService service;
    private final StaffConsultationChanges changes;
    private final Checkbox everyone = new Checkbox();
    private final ZoneId zone;
    private final Clock clock;
    private final RadioButtonGroup<Period> length = new RadioButtonGroup<>();
    private final Paragraph period = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private LocalDate first;

    StaffConsultationsView(StaffConsultationService service, StaffConsultationChanges changes, AccountService accounts,
            Clock clock) {
        this.service = service;
        this.changes = changes;
        this.zone = VisitorZone.of(accounts.currentAccount().flatMap(a -> a.timeZone()));
        // "Today" by the application's clock, as the bookings themselves are made.
        this.clock = clock;
        this.first = LocalDate.now(clock.withZone(zone));
        addClassName("portal-page");
        length.setItems(Period.values());
        length.setItemLabelGenerator(s -> getTranslation("consultations.view." + s.name().toLowerCase()));
        length.setValue(Period.WEEK);
        length.setId("consultations-span");
        length.addValueChangeListener(event -> show());
        var previous = new Button(getTranslation("consultations.previous"), click -> move(-1));
        previous.setId("consultations-previous");
        var today = new Button(getTranslation("consultations.today"), click -> {
            first = LocalDate.now(clock.withZone(zone));
            show();
        });
        today.setId("consultations-today");
        var next = new Button(getTranslation("consultations.next"), click -> move(1));
        next.setId("consultations-next");
        period.setId("consultations-period");
        list.setId("consultations");
        everyone.setLabel(getTranslation("consultations.everyone"));
        everyone.setId("consultations-everyone");
        everyone.addValueChangeListener(event -> show());
        add(new H1(getTranslation("consultations.title")), new Div(length, previous, today, next), everyone, period,
                list);
        show();
    }

    private int days() {
        return length.getValue() == Period.DAY ? 1 : 7;
    }

    private void move(int direction) {
        first = first.plusDays((long) direction * days());
        show();
    }

    private void show() {
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = first.plusDays(days()).atStartOfDay(zone).toInstant();
        period.setText(days() == 1 ? DateTimeTexts.fullDate(first, getLocale())
                : getTranslation("consultations.period", DateTimeTexts.fullDate(first, getLocale()),
                        DateTimeTexts.fullDate(first.plusDays(6), getLocale())));
        list.removeAll();
        List<Line> lines = everyone.getValue() ? changes.everyones(from, to) : service.myConsultations(from, to);
        if (lines.isEmpty()) {
            list.add(new ListItem(getTranslation("consultations.none")));
        }
        for (Line line : lines) {
            list.add(item(line));
        }
    }

    private ListItem item(Line line) {
        var item = new ListItem();
        item.setId("consultation-" + line.id());
        item.addClassName("portal-consultation-line");
        String requestPage = "/staff/requests/" + line.reference().toLowerCase();
        var reference = new Anchor(requestPage, line.reference());
        item.add(reference, new Span(" · " + getTranslation(line.status().nameKey())));
        if (everyone.getValue()) {
            item.add(new Span(" · " + line.staffName()));
        }
        item.add(new Paragraph(getTranslation("consultations.staff-time",
                new DateTimeTexts(getLocale(), line.staffZone()).span(line.start(), line.end()))));
        item.add(new Paragraph(getTranslation("consultations.client-time",
                new DateTimeTexts(getLocale(), line.clientZone()).span(line.start(), line.end()))));
        line.videoLink().ifPresentOrElse(link -> item.add(new Anchor(link, link)), () -> {
            // A link typed for one booking is its own staff member's to set: not in everyone's list.
            if (line.status() == ConsultationStatus.BOOKED && !everyone.getValue()) {
                var field = new TextField(getTranslation("consultations.link"));
                field.setId("link-" + line.id());
                var use = new Button(getTranslation("consultations.use-link"), click -> {
                    try {
                        service.useVideoLink(line.id(), field.getValue());
                        show();
                    } catch (InvalidInputException refused) {
                        field.setErrorMessage(getTranslation(refused.fieldErrors().values().iterator().next()));
                        field.setInvalid(true);
                    }
                });
                item.add(new Div(field, use));
            }
        });
        line.staffReason().ifPresent(reason -> item.add(new Paragraph(getTranslation("consultations.reason.shown",
                reason))));
        if (line.mayChange()) {
            item.add(new StaffConsultationActions(changes, line, zone, this::show));
        }
        if (line.mayRecordOutcome()) {
            var held = new Button(getTranslation("consultations.held"), click -> outcome(() -> service.markHeld(line.id())));
            held.setId("held-" + line.id());
            held.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            var noShow = new Button(getTranslation("consultations.no-show"),
                    click -> outcome(() -> service.markNoShow(line.id())));
            noShow.setId("no-show-" + line.id());
            item.add(new Div(held, noShow));
        }
        return item;
    }

    /** A refusal (too early to record, say) is shown by the error handler. */
    private void outcome(Runnable change) {
        change.run();
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultations.title") + " | " + getTranslation("app.name");
    }
}
