package org.expertportal.request.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One accepted submission of the public form, for its rate limit: hashes of the address and the
 * email only, so the table reveals neither. Rows older than a day serve no purpose.
 */
@Entity
@Table(name = "intake_attempt")
public class IntakeAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "address_hash", nullable = false, length = 64)
    private String addressHash;

    @Column(name = "email_hash", nullable = false, length = 64)
    private String emailHash;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    protected IntakeAttempt() {}

    IntakeAttempt(String addressHash, String emailHash, Instant attemptedAt) {
        this.addressHash = addressHash;
        this.emailHash = emailHash;
        this.attemptedAt = attemptedAt;
    }
}
