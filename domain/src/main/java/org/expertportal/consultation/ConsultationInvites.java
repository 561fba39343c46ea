package org.expertportal.consultation;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The invite an alert about a consultation carries, for the mail dispatcher. It describes the
 * consultation as it is when the mail goes out, so a late mail never puts an old time back into
 * a calendar; only the consultation's own client and staff member receive it.
 */
@Named
@Transactional
public class ConsultationInvites {

    private final ConsultationRepository consultations;

    public ConsultationInvites(ConsultationRepository consultations) {
        this.consultations = consultations;
    }

    public Optional<CalendarInvite> forRecipient(long consultationId, long recipientAccountId) {
        return consultations.findById(consultationId)
                .filter(c -> c.getClientAccountId() == recipientAccountId || c.getStaffAccountId() == recipientAccountId)
                .map(c -> new CalendarInvite(c.getUid(), c.getSequence(), c.getStatus() == ConsultationStatus.CANCELLED,
                        c.getStartAt(), c.getEndAt(), c.getRequestReference(), c.getVideoLink(), c.getChangedAt()));
    }
}
