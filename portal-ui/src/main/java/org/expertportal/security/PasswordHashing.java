package org.expertportal.security;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * How passwords are stored (ADR 046): Argon2id with OWASP's minimum cost (19 MiB, two passes, one lane), and at
 * most {@code permits} hashes computed at once ({@link #defaultPermits}). Hashes of older installations ({@code pbkdf2@SpringSecurity_v5_8},
 * the demo accounts' {@code bcrypt}) are still read and replaced at the next successful sign-in.
 *
 * <p>The bound keeps the memory of a burst of sign-ins in check (each hash is about 30 ms of one core and 19 MiB):
 * it queues in arrival order instead of multiplying 19 MiB by the server's 200 threads.
 */
final class PasswordHashing implements PasswordEncoder {

    static final String ARGON2ID = "argon2id";
    static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";
    static final String BCRYPT = "bcrypt";

    /** OWASP Password Storage Cheat Sheet's first choice: m = 19 MiB, t = 2, p = 1; 16-byte salt, 32-byte hash. */
    static final int MEMORY_KIB = 19_456;

    static final int ITERATIONS = 2;

    private final PasswordEncoder encoder;
    private final Semaphore permits;

    /**
     * @param reserveMemoryAtStart fill the Argon2 memory of {@code permits} hashes right after start
     *     ({@link PooledArgon2id}); tests, which start many contexts, let it grow with use
     */
    PasswordHashing(int permits, boolean reserveMemoryAtStart) {
        this(delegating(permits, reserveMemoryAtStart), permits);
    }

    PasswordHashing(PasswordEncoder encoder, int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("At least one password hash at a time, not " + permits);
        }
        this.encoder = encoder;
        this.permits = new Semaphore(permits, true);
    }

    /**
     * One hash fewer at once than there are processors, and no more than a sixteenth of the heap holds (19 MiB
     * each, kept for the next hash: {@link PooledArgon2id}); at least one. Requests run on virtual threads (ADR
     * 049): a hash keeps its carrier for its 30 ms, so this leaves at least one processor to the pages during a
     * burst of sign-ins. (With Tomcat's 200 platform threads a permit reserved nothing and one or two permits
     * starved the sign-ins; ADR 046 tells that story.)
     */
    static int defaultPermits() {
        return permitsFor(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
    }

    static int permitsFor(long maxHeapBytes, int processors) {
        long byHeap = maxHeapBytes / 16 / (MEMORY_KIB * 1024L);
        return (int) Math.max(1, Math.min(processors - 1L, byHeap));
    }

    private static PasswordEncoder delegating(int permits, boolean reserveMemoryAtStart) {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        // As many slabs of Argon2 memory as permits: a hash that holds a permit never waits for memory.
        encoders.put(ARGON2ID, new PooledArgon2id(MEMORY_KIB, ITERATIONS, permits, reserveMemoryAtStart));
        encoders.put(PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put(BCRYPT, new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(ARGON2ID, encoders);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        acquire();
        try {
            return encoder.encode(rawPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        acquire();
        try {
            return encoder.matches(rawPassword, encodedPassword);
        } finally {
            permits.release();
        }
    }

    /** True for a hash made with an older algorithm or cost (no hashing, so no permit). */
    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    /** Hashes waiting for a permit (for tests and diagnostics). */
    int waiting() {
        return permits.getQueueLength();
    }

    private void acquire() {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to hash a password", e);
        }
    }
}
