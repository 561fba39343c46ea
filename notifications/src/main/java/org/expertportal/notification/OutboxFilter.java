package org.expertportal.notification;

import java.time.Instant;

/** Which outbox rows to list; a null field does not filter. {@code until} is exclusive. */
public record OutboxFilter(OutboxStatus status, AlertType type, Instant from, Instant until) {

    public static OutboxFilter all() {
        return new OutboxFilter(null, null, null, null);
    }
}
