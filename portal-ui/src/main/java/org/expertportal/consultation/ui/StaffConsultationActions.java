package org.expertportal.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.List;
import org.expertportal.consultation.Consultation;
import org.expertportal.consultation.Slot;
import org.expertportal.consultation.StaffConsultationChanges;
import org.expertportal.consultation.StaffConsultationViews.Line;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.ui.Notifications;

/**
 * "Move" and "Cancel" for one booked consultation, for staff: each opens a dialog asking for the
 * reason the client will read on their request page (never in the email) and, to move, a free time
 * of the consultation's staff member, shown in the viewer's zone, and whether to invite the
 * request's assigned expert as well. "Invite the expert" does that alone. The service checks everything.
 */
public class StaffConsultationActions extends Div {

    private final StaffConsultationChanges changes;
    private final Line line;
    private final ZoneId zone;
    private final Runnable afterChange;

    public StaffConsultationActions(StaffConsultationChanges changes, Line line, ZoneId zone, Runnable afterChange) {
        this.changes = changes;
        this.line = line;
        this.zone = zone;
        this.afterChange = afterChange;
        var move = new Button(getTranslation("consultations.move"), click -> open(true));
        move.setId("move-" + line.id());
        var cancel = new Button(getTranslation("consultations.cancel"), click -> open(false));
        cancel.setId("cancel-" + line.id());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(move, cancel);
        if (line.expertInvited()) {
            var invited = new Span(" " + getTranslation("consultations.expert-invited"));
            invited.setId("expert-invited-" + line.id());
            add(invited);
        } else {
            var invite = new Button(getTranslation("consultations.invite-expert"), click -> {
                try {
                    changes.inviteExpert(line.id());
                    Notifications.success("consultations.expert-invite-sent");
                } catch (DomainException refused) {
                    Notifications.error(refused);
                }
                afterChange.run();
            });
            invite.setId("invite-expert-" + line.id());
            add(invite);
        }
    }

    private void open(boolean moving) {
        var dialog = new Dialog();
        dialog.setId("consultation-change-dialog");
        dialog.setHeaderTitle(getTranslation(moving ? "consultations.move.title" : "consultations.cancel.title",
                line.reference()));
        var texts = new DateTimeTexts(getLocale(), zone);
        dialog.add(new Paragraph(getTranslation("consultations.change.now", texts.span(line.start(), line.end()))));
        ComboBox<Slot> to = new ComboBox<>(getTranslation("consultations.move.to"));
        to.setId("consultation-move-to");
        to.setWidthFull();
        if (moving) {
            List<Slot> slots = changes.slotsToMoveTo(line.id());
            to.setItems(slots);
            to.setItemLabelGenerator(slot -> texts.span(slot.start(), slot.end()));
            to.setHelperText(getTranslation("consultations.move.help"));
            dialog.add(to);
        }
        var withExpert = new Checkbox(getTranslation("consultations.move.with-expert"));
        withExpert.setId("consultation-invite-expert");
        if (moving && !line.expertInvited()) {
            dialog.add(withExpert);
        }
        var reason = new TextArea(getTranslation("consultations.reason"));
        reason.setId("consultation-reason");
        reason.setHelperText(getTranslation("consultations.reason.help"));
        reason.setMaxLength(Consultation.MAX_REASON);
        reason.setWidthFull();
        dialog.add(reason);
        var confirm = new Button(getTranslation(moving ? "consultations.move.confirm" : "consultations.cancel.confirm"),
                click -> {
                    reason.setInvalid(false);
                    to.setInvalid(false);
                    if (moving && to.getValue() == null) {
                        to.setErrorMessage(getTranslation("consultation.invalid.required"));
                        to.setInvalid(true);
                        return;
                    }
                    try {
                        if (moving) {
                            var moved = changes.move(line.id(), to.getValue().start(), reason.getValue(),
                                    withExpert.getValue());
                            Notifications.success("consultations.moved", texts.span(moved.start(), moved.end()));
                        } else {
                            changes.cancel(line.id(), reason.getValue());
                            Notifications.success("consultations.cancelled");
                        }
                        dialog.close();
                        afterChange.run();
                    } catch (InvalidInputException refused) {
                        reason.setErrorMessage(getTranslation(refused.fieldErrors().values().iterator().next()));
                        reason.setInvalid(true);
                    } catch (DomainException refused) {
                        dialog.close();
                        Notifications.error(refused);
                        afterChange.run();
                    }
                });
        confirm.setId("consultation-confirm-change");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, moving ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        var close = new Button(getTranslation("consultations.change.keep"), click -> dialog.close());
        dialog.getFooter().add(close, confirm);
        add(dialog);
        dialog.open();
    }
}
