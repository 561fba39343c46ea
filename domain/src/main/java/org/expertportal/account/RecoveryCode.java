package org.expertportal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One single-use recovery code, for signing in when the authenticator app is lost. Only its
 * SHA-256 is stored: a code is 80 random bits, so no salt or slow hash is needed to make
 * guessing it from the hash hopeless, and the plain code is shown once, when it is made.
 */
@Entity
@Table(name = "two_factor_recovery_code")
public class RecoveryCode {

    /** 10 random bytes are 16 Base32 characters, shown in four groups of four. */
    private static final int BYTES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {}

    RecoveryCode(long accountId, String plainCode, Instant createdAt) {
        this.accountId = accountId;
        this.codeHash = hash(plainCode);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A new random code, formatted for reading out: {@code abcd-efgh-ijkl-mnop}. */
    static String generate() {
        byte[] random = new byte[BYTES];
        RANDOM.nextBytes(random);
        String plain = Base32.encode(random).toLowerCase(Locale.ROOT);
        return String.join("-", plain.substring(0, 4), plain.substring(4, 8), plain.substring(8, 12),
                plain.substring(12, 16));
    }

    /** Whether what was typed is this code: case, spaces and hyphens do not matter. */
    boolean matches(String typed) {
        return typed != null
                && MessageDigest.isEqual(hash(typed).getBytes(StandardCharsets.US_ASCII),
                        codeHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Uses the code up; it never signs anyone in again. */
    void use(Instant at) {
        if (usedAt != null) {
            throw new IllegalStateException("recovery code already used");
        }
        usedAt = Objects.requireNonNull(at);
    }

    public long getAccountId() {
        return accountId;
    }

    String getCodeHash() {
        return codeHash;
    }

    public Optional<Instant> getUsedAt() {
        return Optional.ofNullable(usedAt);
    }

    static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    static String hash(String typed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalise(typed).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
