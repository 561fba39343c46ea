package org.expertportal.request.intake.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.Locale;
import org.expertportal.consultation.ConsultationService;
import org.expertportal.consultation.ui.ConsultationPanel;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.request.intake.SubmittedRequest;
import org.expertportal.shared.DomainException;
import org.expertportal.ui.ContactChannels;
import org.expertportal.ui.Notifications;
import org.expertportal.ui.Texts;

/**
 * What both request forms answer, the full one ({@link RequestFormView}) and the short one
 * ({@link ShortRequestView}), so that they answer alike: a refusal that stays at the top of the form
 * (one at a time) until the next try, or the confirmation that replaces the form with the reference,
 * the time by which we will respond and what comes next.
 */
final class IntakeAnswer {

    private static final String REFUSED = "request-refused";

    private IntakeAnswer() {}

    /** The form was refused as a whole (too many requests, say): said on the page and in a notification. */
    static void refused(Div form, DomainException refused) {
        refused(form, form.getTranslation(refused.messageKey(), refused.arguments()));
        Notifications.error(refused);
    }

    /** {@code text} at the top of {@code form}, instead of any refusal shown before. */
    static void refused(Div form, String text) {
        form.getChildren().filter(child -> REFUSED.equals(child.getId().orElse(null))).findFirst()
                .ifPresent(form::remove);
        var message = new Paragraph(text);
        message.setId(REFUSED);
        message.addClassName("portal-error");
        form.addComponentAsFirst(message);
    }

    /**
     * Replaces the form with the confirmation, times in {@code locale}'s formats and {@code zone}; with {@code bookNow}, the
     * consultation booking follows, its pass kept server-side in the panel (the visitor's Vaadin
     * session), never sent to the browser.
     */
    static void confirmed(Div form, SubmittedRequest submitted, Locale locale, ZoneId zone, boolean bookNow,
            ConsultationService consultations, ContactChannels contact) {
        form.removeAll();
        var reference = Texts.withLeftToRight(new H2(),
                form.getTranslation("request.confirm.reference", submitted.reference()), submitted.reference());
        reference.setId("request-reference");
        var times = new DateTimeTexts(locale, zone);
        var due = new Paragraph(form.getTranslation("request.confirm.respond-by", times.time(submitted.respondBy()),
                times.date(submitted.respondBy()), times.zoneName()));
        due.setId("respond-by");
        form.add(reference, due,
                new Paragraph(form.getTranslation("request.confirm.next-email")),
                new Paragraph(form.getTranslation("request.confirm.next-sign-in")),
                new Paragraph(form.getTranslation("request.confirm.keep-reference")));
        if (bookNow) {
            form.add(ConsultationPanel.afterSubmitting(consultations, contact, submitted.bookingPass(), zone));
        }
    }
}
