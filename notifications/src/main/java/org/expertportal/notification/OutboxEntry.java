package org.expertportal.notification;

import java.time.Instant;

/** One outbox row as the admin page shows it: state and subject, never a body or an address. */
public record OutboxEntry(
        long id,
        AlertType type,
        long recipientAccountId,
        OutboxStatus status,
        int attempts,
        String lastError,
        String subject,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt) {

    static OutboxEntry of(OutboxAlert alert) {
        return new OutboxEntry(alert.getId(), alert.getType(), alert.getRecipientAccountId(), alert.getStatus(),
                alert.getAttempts(), alert.getLastError().orElse(null), alert.getSubject().orElse(null),
                alert.getCreatedAt(), alert.getNextAttemptAt(), alert.getSentAt().orElse(null));
    }
}
