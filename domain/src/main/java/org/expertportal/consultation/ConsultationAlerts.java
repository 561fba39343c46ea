package org.expertportal.consultation;

import jakarta.inject.Named;
import org.expertportal.expert.Expert;
import org.expertportal.expert.ExpertLookup;
import org.expertportal.notification.Alert;
import org.expertportal.notification.AlertPublisher;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.PortalLink;

/**
 * The alerts of a booking, move or cancellation: to the client and to the consultation's staff
 * member, each with the link to their own page, and, when staff invited the request's expert, a
 * copy to the expert's invite address. Experts have no account: their copy is addressed to the
 * expert but composed as the staff member's (language, preferences), with the same invite (same
 * UID and SEQUENCE), so that it can never say more than the staff member's own mail.
 */
@Named
public class ConsultationAlerts {

    private final AlertPublisher alerts;
    private final ExpertLookup experts;

    public ConsultationAlerts(AlertPublisher alerts, ExpertLookup experts) {
        this.alerts = alerts;
        this.experts = experts;
    }

    void toAll(Consultation c, AlertType type) {
        String reference = c.getRequestReference();
        alerts.publish(Alert.aboutConsultation(type, c.getClientAccountId(), reference,
                PortalLink.clientRequest(reference), c.getStartAt(), c.getId()));
        alerts.publish(Alert.aboutConsultation(type, c.getStaffAccountId(), reference,
                PortalLink.to(PortalLink.Page.STAFF_CONSULTATIONS), c.getStartAt(), c.getId()));
        toExpert(c, type);
    }

    /** The invited expert's copy, when there is an expert with an address; nothing otherwise. */
    void toExpert(Consultation c, AlertType type) {
        c.getInvitedExpertId().flatMap(experts::findById).flatMap(Expert::getInviteEmail).ifPresent(address ->
                alerts.publish(Alert.consultationCopyTo(type, c.getStaffAccountId(), c.getRequestReference(), address,
                        c.getStartAt(), c.getId())));
    }
}
