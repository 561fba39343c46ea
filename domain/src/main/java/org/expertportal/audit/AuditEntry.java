package org.expertportal.audit;

import java.time.Instant;

/** An audit entry as the administrators' screen shows it. */
public record AuditEntry(long id, Instant occurredAt, Long actorAccountId, String actorLabel, AuditAction action,
        String targetType, String targetId, String detail, String ip) {

    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.getId(), event.getOccurredAt(), event.getActorAccountId(), event.getActorLabel(),
                event.getAction(), event.getTargetType(), event.getTargetId(), event.getDetail(), event.getIp());
    }
}
