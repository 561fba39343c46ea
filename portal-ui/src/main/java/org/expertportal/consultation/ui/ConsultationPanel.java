package org.expertportal.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.expertportal.consultation.ClientConsultationViews.Booking;
import org.expertportal.consultation.ClientConsultationViews.Panel;
import org.expertportal.consultation.ConsultationService;
import org.expertportal.consultation.Slot;
import org.expertportal.consultation.Slots;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.shared.DomainException;
import org.expertportal.ui.ContactChannels;
import org.expertportal.ui.ContactDetails;
import org.expertportal.ui.Notifications;
import org.expertportal.ui.ZoneField;

/**
 * The free consultation on a request, for the client: the booked one with its video link, or
 * free slots to pick from, shown in the client's time zone (which they can change) with dates
 * written out. Two ways in: the signed-in client's request page, by reference; and the request
 * form's confirmation, with the pass the form left in the visitor's session, where only booking
 * is offered. Every rule (notice, who may book) is the service's; this panel only shows.
 */
public class ConsultationPanel extends Div {

    private final ConsultationService consultations;
    private final ContactChannels contact;
    private final String reference;
    private final String pass;
    private final Runnable afterChange;
    private final ZoneField zone = new ZoneField();
    private final Select<LocalDate> day = new Select<>();
    private final Div slotList = new Div();
    private final Div picker = new Div();
    private final Button confirm = new Button();
    private Slot chosen;
    private boolean moving;
    /** The free slots as last loaded: choosing a day shows its times from these, without asking again. */
    private List<Slot> offered = List.of();

    private ConsultationPanel(ConsultationService consultations, ContactChannels contact, String reference,
            String pass, ZoneId initialZone, Runnable afterChange) {
        this.consultations = consultations;
        this.contact = contact;
        this.reference = reference;
        this.pass = pass;
        this.afterChange = afterChange;
        setId("consultation");
        addClassName("portal-consultation");
        // Region ids only ("UTC" from a browser becomes Etc/UTC): every time shown names its zone that way.
        zone.setValue(ZoneField.zoneIds().contains(initialZone.getId()) ? initialZone.getId() : ZoneField.UTC);
        zone.setId("consultation-zone");
        zone.setAllowCustomValue(false);
        zone.addValueChangeListener(event -> {
            if (event.getValue() != null && event.isFromClient()) {
                showSlots(moving);
            }
        });
        // Written-out days and zone ids are long: the fields take the width they need (up to the screen's).
        zone.addClassName("portal-wide-field");
        day.addClassName("portal-wide-field");
        day.setId("consultation-day");
        day.addValueChangeListener(event -> showTimes());
        slotList.setId("consultation-slots");
        confirm.setId("consultation-book");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(click -> book());
    }

    /** On the signed-in client's request page. */
    public static ConsultationPanel forRequest(ConsultationService consultations, ContactChannels contact,
            String reference, ZoneId zone, Runnable afterChange) {
        var panel = new ConsultationPanel(consultations, contact, reference, null, zone, afterChange);
        panel.render();
        return panel;
    }

    /** On the request form's confirmation: booking only, with the pass of the request just submitted. */
    public static ConsultationPanel afterSubmitting(ConsultationService consultations, ContactChannels contact,
            String pass, ZoneId zone) {
        var panel = new ConsultationPanel(consultations, contact, null, pass, zone, () -> {});
        panel.add(new H2(panel.getTranslation("consultation.title")),
                new Paragraph(panel.getTranslation("consultation.offer-after-form")));
        panel.moving = false;
        panel.add(panel.picker);
        panel.showSlots(false);
        return panel;
    }

    private ZoneId zone() {
        return ZoneId.of(zone.getValue() == null ? "Europe/London" : zone.getValue());
    }

    private Locale locale() {
        return getLocale();
    }

    private void render() {
        removeAll();
        Panel panel = consultations.panel(reference);
        add(new H2(getTranslation("consultation.title")));
        panel.current().ifPresentOrElse(booking -> showBooking(panel, booking), () -> {
            showPast(panel);
            if (panel.mayBook()) {
                add(new Paragraph(getTranslation("consultation.offer")));
                moving = false;
                // Times are read and drawn when asked for: most visits to a request page book nothing, and
                // three weeks of days and a day's times were most of the page's server memory (issue #18).
                var choose = new Button(getTranslation("consultation.action.choose-time"));
                choose.setId("consultation-choose");
                choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                choose.addClickListener(click -> {
                    remove(choose);
                    add(picker);
                    showSlots(false);
                });
                add(choose);
            } else {
                add(new Paragraph(getTranslation("consultation.not-bookable")));
            }
        });
    }

    private void showBooking(Panel panel, Booking booking) {
        var when = new Paragraph(getTranslation("consultation.booked-for",
                new DateTimeTexts(locale(), zone()).span(booking.start(), booking.end())));
        when.setId("consultation-booked");
        add(when);
        booking.videoLink().ifPresentOrElse(link -> {
            var anchor = new Anchor(link, link);
            anchor.setId("consultation-link");
            anchor.setTarget("_blank");
            add(new Paragraph(new Paragraph(getTranslation("consultation.link")), anchor));
        }, () -> add(new Paragraph(getTranslation("consultation.link-later"))));
        booking.staffReason().ifPresent(reason -> {
            var why = new Paragraph(getTranslation("consultation.moved-by-staff", reason));
            why.setId("consultation-staff-reason");
            add(why);
        });
        if (panel.mayMove()) {
            add(new Paragraph(getTranslation("consultation.change-until",
                    new DateTimeTexts(locale(), zone()).moment(panel.changeUntil().orElseThrow()))));
        } else if (panel.mayCancel()) {
            var late = new Paragraph(getTranslation("consultation.cancel-only"));
            late.setId("consultation-too-late");
            add(late, new ContactDetails(contact));
        } else {
            var late = new Paragraph(getTranslation("consultation.too-late-here"));
            late.setId("consultation-too-late");
            add(late, new ContactDetails(contact));
        }
        var actions = new Div();
        if (panel.mayMove()) {
            var move = new Button(getTranslation("consultation.action.move"), click -> {
                moving = true;
                if (picker.getParent().isEmpty()) {
                    add(picker);
                }
                showSlots(true);
            });
            move.setId("consultation-move");
            actions.add(move);
        }
        if (panel.mayCancel()) {
            var cancel = new Button(getTranslation("consultation.action.cancel"), click -> cancel());
            cancel.setId("consultation-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        add(actions);
    }

    private void showPast(Panel panel) {
        panel.past().stream().findFirst().filter(b -> b.staffReason().isPresent()).ifPresent(last -> {
            var why = new Paragraph(getTranslation("consultation.cancelled-by-staff",
                    new DateTimeTexts(locale(), zone()).span(last.start(), last.end()), last.staffReason().orElseThrow()));
            why.setId("consultation-staff-reason");
            add(why);
        });
    }

    private void showSlots(boolean forMove) {
        picker.removeAll();
        chosen = null;
        confirm.setEnabled(false);
        confirm.setText(getTranslation(forMove ? "consultation.action.confirm-move" : "consultation.action.book"));
        zone.setLabel(getTranslation("consultation.zone"));
        zone.setHelperText(getTranslation("consultation.zone.help"));
        day.setLabel(getTranslation("consultation.day"));
        offered = load(forMove);
        SortedMap<LocalDate, List<Slot>> days = Slots.byDay(offered, zone());
        picker.add(zone);
        if (days.isEmpty()) {
            var none = new Paragraph(getTranslation("consultation.no-slots"));
            none.setId("consultation-no-slots");
            picker.add(none, new ContactDetails(contact));
            return;
        }
        day.setItemLabelGenerator(date -> DateTimeTexts.fullDate(date, locale()));
        day.setItems(days.keySet());
        picker.add(day, slotList, confirm);
        // A new value shows its times through the day's listener; the same day again needs showing here.
        if (days.firstKey().equals(day.getValue())) {
            showTimes();
        } else {
            day.setValue(days.firstKey());
        }
    }

    private List<Slot> load(boolean forMove) {
        if (pass != null) {
            return consultations.freeSlotsWithPass(pass);
        }
        return forMove ? consultations.slotsToMoveTo(reference) : consultations.freeSlots(reference);
    }

    private void showTimes() {
        slotList.removeAll();
        chosen = null;
        confirm.setEnabled(false);
        LocalDate date = day.getValue();
        if (date == null) {
            return;
        }
        ZoneId shownIn = zone();
        var texts = new DateTimeTexts(locale(), shownIn);
        List<Slot> slots = Slots.byDay(offered, shownIn).getOrDefault(date, List.of());
        for (Slot slot : slots) {
            String label = texts.time(slot.start()) + "–" + texts.time(slot.end());
            // Offered only when the policy allows fixed bookings (docs/adr/040): say so on the slot.
            var button = new Button(consultations.movableOnceBooked(slot.start()) ? label
                    : getTranslation("consultation.slot.fixed", label));
            button.addClassName("consultation-slot");
            button.addClickListener(click -> {
                chosen = slot;
                slotList.getChildren().forEach(other -> ((Button) other).removeThemeVariants(ButtonVariant.LUMO_PRIMARY));
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                confirm.setEnabled(true);
            });
            slotList.add(button);
        }
    }

    private void book() {
        if (chosen == null) {
            return;
        }
        Instant start = chosen.start();
        try {
            Booking booking;
            if (pass != null) {
                booking = consultations.bookWithPass(pass, start, zone().getId());
            } else if (moving) {
                booking = consultations.reschedule(reference, start, zone().getId());
            } else {
                booking = consultations.book(reference, start, zone().getId());
            }
            Notifications.success(moving ? "consultation.moved" : "consultation.booked",
                    new DateTimeTexts(locale(), zone()).span(booking.start(), booking.end()));
            if (pass != null) {
                removeAll();
                var done = new Paragraph(getTranslation("consultation.booked",
                        new DateTimeTexts(locale(), zone()).span(booking.start(), booking.end())));
                done.setId("consultation-booked");
                add(new H2(getTranslation("consultation.title")), done,
                        new Paragraph(getTranslation("consultation.after-form-email")));
            } else {
                afterChange.run();
            }
        } catch (DomainException refused) {
            Notifications.error(refused);
            if (refused.messageKey().equals("consultation.refused.slot-taken")) {
                // Just taken by someone else: show what is free now.
                showSlots(moving);
            }
        }
    }

    private void cancel() {
        // A refusal (too late to cancel, say) is shown by the error handler.
        consultations.cancel(reference);
        Notifications.success("consultation.cancelled");
        afterChange.run();
    }

    /** Shows the request's consultation again, e.g. after the page re-rendered. */
    public void refresh() {
        if (reference != null) {
            render();
        }
    }

}
