package org.expertportal.consultation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.expertportal.account.Roles;
import org.expertportal.consultation.AvailabilityException;
import org.expertportal.consultation.AvailabilitySettings;
import org.expertportal.consultation.StaffConsultationService;
import org.expertportal.consultation.WeeklyHours;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.ui.DateField;
import org.expertportal.ui.FieldErrors;
import org.expertportal.ui.Notifications;
import org.expertportal.ui.ZoneField;

/**
 * The signed-in staff member's own availability for consultations: weekly hours in their zone
 * (one span per weekday), days off and extra hours, meeting length, buffer, notice, horizon and
 * their standing video link. The service checks everything; a refused form saves nothing.
 */
@Route("staff/availability")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Menu(order = 52, title = "menu.staff.availability", icon = "vaadin:calendar-clock")
class StaffAvailabilityView extends Div implements HasDynamicTitle {

    private final StaffConsultationService service;
    private final ZoneField zone = new ZoneField();
    private final IntegerField meeting = new IntegerField();
    private final IntegerField buffer = new IntegerField();
    private final IntegerField notice = new IntegerField();
    private final IntegerField horizon = new IntegerField();
    private final TextField link = new TextField();
    private final Checkbox accepting = new Checkbox();
    private final Map<DayOfWeek, Checkbox> works = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, TimePicker> from = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, TimePicker> to = new EnumMap<>(DayOfWeek.class);
    private final Div weeklyBox = new Div();
    private final List<AvailabilityException> exceptions = new ArrayList<>();
    private final UnorderedList exceptionList = new UnorderedList();

    StaffAvailabilityView(StaffConsultationService service) {
        this.service = service;
        addClassName("portal-page");
        add(new H1(getTranslation("availability.title")), new Paragraph(getTranslation("availability.intro")));
        zone.setLabel(getTranslation("availability.zone"));
        zone.setId("availability-zone");
        number(meeting, "availability.meeting", "availability-meeting");
        number(buffer, "availability.buffer", "availability-buffer");
        number(notice, "availability.notice", "availability-notice");
        number(horizon, "availability.horizon", "availability-horizon");
        link.setLabel(getTranslation("availability.link"));
        link.setHelperText(getTranslation("availability.link.help"));
        link.setId("availability-link");
        link.setWidthFull();
        link.setMaxLength(StaffConsultationService.MAX_LINK);
        accepting.setLabel(getTranslation("availability.accepting"));
        accepting.setId("availability-accepting");
        weeklyBox.setId("availability-weekly");
        for (DayOfWeek day : DayOfWeek.values()) {
            var box = new Checkbox(day.getDisplayName(TextStyle.FULL_STANDALONE, getLocale()));
            box.setId("works-" + day.name().toLowerCase());
            var start = new TimePicker(getTranslation("availability.from"));
            start.setId("from-" + day.name().toLowerCase());
            var end = new TimePicker(getTranslation("availability.to"));
            end.setId("to-" + day.name().toLowerCase());
            works.put(day, box);
            from.put(day, start);
            to.put(day, end);
            weeklyBox.add(new Div(box, start, end));
        }
        exceptionList.setId("availability-exceptions");
        var save = new Button(getTranslation("availability.save"), click -> save());
        save.setId("availability-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(zone, new Div(meeting, buffer, notice, horizon), link, accepting,
                new H2(getTranslation("availability.weekly")), weeklyBox,
                new H2(getTranslation("availability.exceptions")), exceptionList, exceptionForm(), save);
        show(service.myAvailability());
    }

    private void number(IntegerField field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
        field.setStepButtonsVisible(true);
    }

    private void show(AvailabilitySettings settings) {
        zone.setValue(settings.zone().getId());
        meeting.setValue(settings.meetingMinutes());
        buffer.setValue(settings.bufferMinutes());
        notice.setValue(settings.noticeMinutes());
        horizon.setValue(settings.horizonDays());
        link.setValue(settings.videoLink().orElse(""));
        accepting.setValue(settings.accepting());
        for (DayOfWeek day : DayOfWeek.values()) {
            Optional<WeeklyHours> hours = settings.weekly().stream().filter(h -> h.day() == day).findFirst();
            works.get(day).setValue(hours.isPresent());
            from.get(day).setValue(hours.map(WeeklyHours::start).orElse(LocalTime.of(9, 0)));
            to.get(day).setValue(hours.map(WeeklyHours::end).orElse(LocalTime.of(17, 0)));
        }
        exceptions.clear();
        exceptions.addAll(settings.exceptions());
        showExceptions();
    }

    private Div exceptionForm() {
        var date = new DateField(getTranslation("availability.exception.date"));
        date.setId("exception-date");
        var start = new TimePicker(getTranslation("availability.from"));
        start.setId("exception-from");
        var end = new TimePicker(getTranslation("availability.to"));
        end.setId("exception-to");
        var dayOff = new Button(getTranslation("availability.exception.day-off"), click -> {
            if (!DateField.anyUnreadable(date) && date.getValue() != null) {
                exceptions.add(AvailabilityException.dayOff(date.getValue()));
                showExceptions();
            }
        });
        dayOff.setId("exception-add-day-off");
        var extra = new Button(getTranslation("availability.exception.extra"), click -> {
            if (!DateField.anyUnreadable(date) && date.getValue() != null && start.getValue() != null && end.getValue() != null) {
                exceptions.add(AvailabilityException.extraHours(date.getValue(), start.getValue(), end.getValue()));
                showExceptions();
            }
        });
        extra.setId("exception-add-extra");
        return new Div(date, start, end, dayOff, extra);
    }

    private void showExceptions() {
        exceptionList.removeAll();
        for (AvailabilityException exception : List.copyOf(exceptions)) {
            String when = DateTimeTexts.fullDate(exception.date(), getLocale()) + " · " + (exception.isDayOff()
                    ? getTranslation("availability.exception.day-off")
                    : exception.start() + "–" + exception.end());
            var remove = new Button(getTranslation("availability.exception.remove"), click -> {
                exceptions.remove(exception);
                showExceptions();
            });
            exceptionList.add(new ListItem(new Span(when + " "), remove));
        }
        if (exceptions.isEmpty()) {
            exceptionList.add(new ListItem(getTranslation("availability.exception.none")));
        }
    }

    private void save() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("zone", zone);
        fields.put("meetingMinutes", meeting);
        fields.put("bufferMinutes", buffer);
        fields.put("noticeMinutes", notice);
        fields.put("horizonDays", horizon);
        fields.put("videoLink", link);
        FieldErrors.clear(fields);
        List<WeeklyHours> weekly = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (works.get(day).getValue() && from.get(day).getValue() != null && to.get(day).getValue() != null) {
                weekly.add(new WeeklyHours(day, from.get(day).getValue(), to.get(day).getValue()));
            }
        }
        try {
            service.saveAvailability(new AvailabilitySettings(
                    zone.getValue() == null ? null : ZoneId.of(zone.getValue()), weekly, exceptions,
                    value(meeting), value(buffer), value(notice), value(horizon), Optional.ofNullable(link.getValue()),
                    accepting.getValue()));
            Notifications.success("availability.saved");
            show(service.myAvailability());
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused, fields, this);
            String weeklyError = refused.fieldErrors().get("weekly");
            if (weeklyError != null) {
                var message = new Paragraph(getTranslation(weeklyError));
                message.setId("availability-weekly-error");
                message.addClassName("portal-error");
                weeklyBox.addComponentAsFirst(message);
            }
            Notifications.error("availability.fix-fields");
        }
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("availability.title") + " | " + getTranslation("app.name");
    }
}
