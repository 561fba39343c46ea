package org.expertportal.consultation;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.expertportal.notification.Alert;
import org.expertportal.notification.AlertPublisher;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.PortalLink;
import org.expertportal.request.RequestReference;

/**
 * Reminders 24 hours and 1 hour before a consultation, to the client and the staff member. Each
 * fires once: the consultation row is locked, the due reminder cleared and the alerts written in
 * one transaction, so a second run or a second instance finds nothing left to send.
 */
@Named
@Transactional
public class ConsultationReminders {

    private final ConsultationRepository consultations;
    private final AlertPublisher alerts;

    public ConsultationReminders(ConsultationRepository consultations, AlertPublisher alerts) {
        this.consultations = consultations;
        this.alerts = alerts;
    }

    /** Consultations with a reminder due at {@code now}; call {@link #remindIfDue} for each. */
    public List<Long> due(Instant now) {
        return consultations.dueReminderIds(now);
    }

    /** Sends the due reminder of one consultation, if it still is; returns which one it sent. */
    public Optional<Duration> remindIfDue(long consultationId, Instant now) {
        Optional<Consultation> found = consultations.lockById(consultationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Consultation c = found.get();
        Optional<Duration> reminder = c.takeDueReminder(now);
        consultations.save(c);
        reminder.ifPresent(which -> {
            String reference = c.getRequestReference();
            alerts.publish(new Alert(AlertType.CONSULTATION_REMINDER, c.getClientAccountId(), reference,
                    PortalLink.clientRequest(reference), c.getStartAt()));
            alerts.publish(new Alert(AlertType.CONSULTATION_REMINDER, c.getStaffAccountId(), reference,
                    PortalLink.to(PortalLink.Page.STAFF_CONSULTATIONS), c.getStartAt()));
        });
        return reminder;
    }
}
