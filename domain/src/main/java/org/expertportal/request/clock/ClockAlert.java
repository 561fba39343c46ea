package org.expertportal.request.clock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * That the first-response warning or escalation of a request was sent. One row per request and
 * kind (a unique key), so that it fires once even with several instances; kept apart from the
 * request so that it never makes a staff member's change look like a conflict.
 */
@Entity
@Table(name = "request_clock_alert")
public class ClockAlert {

    /** The two alerts of the first-response clock. */
    public enum Kind { WARNING, ESCALATION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Kind kind;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected ClockAlert() {}

    ClockAlert(long requestId, Kind kind, Instant sentAt) {
        this.requestId = requestId;
        this.kind = kind;
        this.sentAt = sentAt;
    }

    public long getRequestId() { return requestId; }
    public Kind getKind() { return kind; }
    public Instant getSentAt() { return sentAt; }
}
