package org.expertportal.consultation;

import java.time.Duration;
import java.time.Instant;

/**
 * Rules the organisation configures ({@code portal.consultation.*}).
 *
 * @param changeNotice a client may cancel or move a consultation until this long before it starts
 */
public record ConsultationPolicy(Duration changeNotice) {

    public static ConsultationPolicy defaults() {
        return new ConsultationPolicy(Duration.ofHours(12));
    }

    /** The last moment (exclusive) a consultation starting at {@code start} may be moved or cancelled. */
    public Instant changeUntil(Instant start) {
        return start.minus(changeNotice);
    }

    /** Whether a consultation starting at {@code start} may still be moved or cancelled at {@code now}. */
    public boolean allowsChange(Instant start, Instant now) {
        return now.isBefore(changeUntil(start));
    }
}
