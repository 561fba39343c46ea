package org.expertportal.consultation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.expertportal.consultation.StaffConsultationChanges;
import org.expertportal.consultation.StaffConsultationViews.Week;
import org.expertportal.locale.DateTimeTexts;

/** Consultations per week for the service-level page: booked, held, no-show and cancelled, newest week first. */
public class ConsultationWeeks extends Div {

    public ConsultationWeeks(StaffConsultationChanges changes, int weeks) {
        setId("sla-consultations");
        var grid = new Grid<Week>();
        grid.setId("sla-consultation-weeks");
        grid.addColumn(week -> DateTimeTexts.date(week.monday(), getLocale()))
                .setHeader(getTranslation("sla.column.week")).setAutoWidth(true);
        grid.addColumn(Week::booked).setHeader(getTranslation("sla.consultations.booked"));
        grid.addColumn(Week::held).setHeader(getTranslation("sla.consultations.held"));
        grid.addColumn(Week::noShow).setHeader(getTranslation("sla.consultations.no-show"));
        grid.addColumn(Week::cancelled).setHeader(getTranslation("sla.consultations.cancelled"));
        grid.setItems(changes.weekly(weeks).reversed());
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("sla.consultations")), grid);
    }
}
