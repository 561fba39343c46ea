package org.expertportal.privacy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * How long a finished request keeps its personal data after its last activity, and how long before
 * that the client is warned.
 */
public record RetentionPolicy(int months) {

    /** The client hears this long before a request is anonymised. */
    public static final Duration WARNING_AHEAD = Duration.ofDays(30);

    public RetentionPolicy {
        if (months < 1) {
            throw new IllegalArgumentException("The retention period is at least one month, not " + months);
        }
    }

    /** Requests last active at or before this are past the period at {@code now}. */
    public Instant cutoff(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    /** When a request last active at {@code lastActivity} passes the period. */
    public Instant expiry(Instant lastActivity) {
        return lastActivity.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
    }
}
