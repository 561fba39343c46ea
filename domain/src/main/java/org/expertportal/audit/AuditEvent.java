package org.expertportal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One audit entry. Written once and never changed: no setters, no updatable column, and the
 * database refuses UPDATE and DELETE on the table (triggers in changeset 0041).
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    static final int DETAIL_LENGTH = 255;
    static final int TARGET_ID_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_account_id", updatable = false)
    private Long actorAccountId;

    @Column(name = "actor_label", nullable = false, updatable = false, length = 32)
    private String actorLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 48)
    private AuditAction action;

    @Column(name = "target_type", updatable = false, length = 32)
    private String targetType;

    @Column(name = "target_id", updatable = false, length = TARGET_ID_LENGTH)
    private String targetId;

    @Column(updatable = false, length = DETAIL_LENGTH)
    private String detail;

    @Column(updatable = false, length = 45)
    private String ip;

    protected AuditEvent() {}

    AuditEvent(Instant occurredAt, AuditActor actor, AuditAction action, String targetType, String targetId,
            String detail, String ip) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actorAccountId = actor.accountId();
        this.actorLabel = actor.label();
        this.action = Objects.requireNonNull(action);
        this.targetType = targetType;
        this.targetId = cut(targetId, TARGET_ID_LENGTH);
        this.detail = cut(detail, DETAIL_LENGTH);
        this.ip = cut(ip, 45);
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public String getActorLabel() {
        return actorLabel;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetail() {
        return detail;
    }

    public String getIp() {
        return ip;
    }
}
