package org.expertportal.consultation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;
import org.expertportal.consultation.StaffConsultationChanges;
import org.expertportal.consultation.StaffConsultationViews.Line;
import org.expertportal.locale.DateTimeTexts;

/**
 * The consultation part of the staff request page: the request's consultations, newest first,
 * with who takes each, the staff reason of the last change, and "Move" / "Cancel" on a booked one
 * that has not started. Shown only when the request has had a consultation.
 */
public class StaffRequestConsultations extends Div {

    private final StaffConsultationChanges changes;
    private final String reference;
    private final ZoneId zone;

    public StaffRequestConsultations(StaffConsultationChanges changes, String reference, ZoneId zone) {
        this.changes = changes;
        this.reference = reference;
        this.zone = zone;
        setId("staff-consultations");
        render();
    }

    private void render() {
        removeAll();
        List<Line> lines = changes.ofRequest(reference);
        if (lines.isEmpty()) {
            setVisible(false);
            return;
        }
        setVisible(true);
        var list = new UnorderedList();
        for (Line line : lines) {
            var item = new ListItem();
            item.setId("request-consultation-" + line.id());
            item.add(new Span(new DateTimeTexts(getLocale(), zone).span(line.start(), line.end()) + " · "
                    + getTranslation(line.status().nameKey()) + " · " + line.staffName()));
            line.staffReason().ifPresent(reason -> item.add(new Paragraph(getTranslation("consultations.reason.shown",
                    reason))));
            if (line.mayChange()) {
                item.add(new StaffConsultationActions(changes, line, zone, this::render));
            }
            list.add(item);
        }
        add(new H2(getTranslation("consultations.of-request")), list);
    }
}
