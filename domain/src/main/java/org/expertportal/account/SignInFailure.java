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
 * One failed sign-in, counted against the address typed and against the client's network address.
 * Both are stored as SHA-256 only: the table never says who tried, or whether the account exists.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    /** What a failure is counted against. */
    public enum Subject {
        ACCOUNT,
        CLIENT_ADDRESS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 16)
    private Subject subject;

    @Column(name = "subject_hash", nullable = false, length = 64)
    private String subjectHash;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected SignInFailure() {}

    SignInFailure(Subject subject, String subjectHash, Instant failedAt) {
        this.subject = subject;
        this.subjectHash = subjectHash;
        this.failedAt = failedAt;
    }

    Subject getSubject() {
        return subject;
    }

    String getSubjectHash() {
        return subjectHash;
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
