package org.expertportal.account;

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
 * One request for a password-reset link, counted against the address typed and the client's
 * network address, both as SHA-256 only (like {@link SignInFailure}): whether an account has the
 * address makes no difference to the count.
 */
@Entity
@Table(name = "link_request")
public class LinkRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 16)
    private SignInFailure.Subject subject;

    @Column(name = "subject_hash", nullable = false, length = 64)
    private String subjectHash;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected LinkRequest() {}

    LinkRequest(SignInFailure.Subject subject, String subjectHash, Instant requestedAt) {
        this.subject = subject;
        this.subjectHash = subjectHash;
        this.requestedAt = requestedAt;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
