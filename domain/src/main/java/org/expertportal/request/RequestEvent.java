package org.expertportal.request;

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
import java.util.Optional;
import org.expertportal.identity.Role;

/**
 * One entry of a request's timeline: a status change with its public note. Immutable: no setter,
 * and the repository can only add.
 */
@Entity
@Table(name = "request_event")
public class RequestEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_account_id", updatable = false)
    private Long actorAccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", length = 16, updatable = false)
    private Role actorRole;

    /** How clients see the actor: a staff member's first name, or the client's own name. */
    @Column(name = "actor_label", nullable = false, length = 120, updatable = false)
    private String actorLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 24, updatable = false)
    private RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 24, updatable = false)
    private RequestStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "closing_reason", length = 32, updatable = false)
    private ClosingReason closingReason;

    @Column(name = "public_note", length = 2000, updatable = false)
    private String publicNote;

    @Enumerated(EnumType.STRING)
    @Column(length = 32, updatable = false)
    private TimelineDetail detail;

    protected RequestEvent() {}

    public RequestEvent(long requestId, Instant occurredAt, Long actorAccountId, Role actorRole, String actorLabel,
            RequestStatus fromStatus, RequestStatus toStatus, ClosingReason closingReason, String publicNote) {
        this.requestId = requestId;
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actorAccountId = actorAccountId;
        this.actorRole = actorRole;
        this.actorLabel = Objects.requireNonNull(actorLabel);
        this.fromStatus = fromStatus;
        this.toStatus = Objects.requireNonNull(toStatus);
        this.closingReason = closingReason;
        this.publicNote = publicNote == null || publicNote.isBlank() ? null : publicNote.strip();
    }

    public RequestEvent(long requestId, Instant occurredAt, Long actorAccountId, Role actorRole, String actorLabel,
            RequestStatus fromStatus, RequestStatus toStatus, TimelineDetail detail) {
        this(requestId, occurredAt, actorAccountId, actorRole, actorLabel, fromStatus, toStatus, null, null);
        this.detail = detail;
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public Instant getOccurredAt() { return occurredAt; }
    public Optional<Long> getActorAccountId() { return Optional.ofNullable(actorAccountId); }
    public Optional<Role> getActorRole() { return Optional.ofNullable(actorRole); }
    public String getActorLabel() { return actorLabel; }
    public Optional<RequestStatus> getFromStatus() { return Optional.ofNullable(fromStatus); }
    public RequestStatus getToStatus() { return toStatus; }
    public Optional<ClosingReason> getClosingReason() { return Optional.ofNullable(closingReason); }
    public Optional<String> getPublicNote() { return Optional.ofNullable(publicNote); }
    public Optional<TimelineDetail> getDetail() { return Optional.ofNullable(detail); }
}
