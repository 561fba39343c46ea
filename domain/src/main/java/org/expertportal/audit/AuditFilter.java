package org.expertportal.audit;

import java.time.Instant;

/**
 * Which audit entries to list; a null field does not filter. {@code actorAccountId} is an account
 * id; {@code targetType} and {@code targetId} match exactly; {@code until} is exclusive.
 */
public record AuditFilter(Long actorAccountId, AuditAction action, String targetType, String targetId,
        Instant from, Instant until) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
