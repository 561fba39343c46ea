package org.expertportal.consultation;

import java.time.Instant;
import java.util.Optional;

/**
 * A booked consultation that has not ended yet, as the client's home page lists it: the request's
 * reference, the times, and the expert's name once they took the case (never one staff only ask).
 */
public record UpcomingConsultation(String reference, Instant start, Instant end, String expertName) {

    public Optional<String> expert() {
        return Optional.ofNullable(expertName);
    }
}
