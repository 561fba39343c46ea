package org.expertportal.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the client's side sees of consultations: times, the link, and what they may still do. */
public final class ClientConsultationViews {

    private ClientConsultationViews() {}

    /**
     * A booked (or past) consultation.
     *
     * @param staffReason why staff last moved or cancelled it, when they did (shown in the portal only)
     */
    public record Booking(long id, ConsultationStatus status, Instant start, Instant end, Optional<String> videoLink,
            Optional<String> staffReason) {

        static Booking of(Consultation c) {
            return new Booking(c.getId(), c.getStatus(), c.getStartAt(), c.getEndAt(), c.getVideoLink(),
                    c.getStaffReason());
        }
    }

    /**
     * The consultation part of a request page.
     *
     * @param current the booked consultation, if there is one
     * @param mayBook whether a new consultation can be booked now
     * @param changeUntil until when the current one may be moved here
     * @param mayMove whether that time has not passed yet
     * @param mayCancel whether the current one may be cancelled: until it starts
     */
    public record Panel(String reference, Optional<Booking> current, boolean mayBook, Optional<Instant> changeUntil,
            boolean mayMove, boolean mayCancel, List<Booking> past) {}
}
