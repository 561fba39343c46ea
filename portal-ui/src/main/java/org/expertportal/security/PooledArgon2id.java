package org.expertportal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id in Spring Security's encoding ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, Base64
 * without padding, so hashes made by Spring's {@code Argon2PasswordEncoder} still match and the other
 * way round), computed by Bouncy Castle in memory that is kept for the next hash (ADR 046).
 *
 * <p>Each hash needs 19 MiB of 1 KiB blocks. Allocated per hash, a burst of sign-ins made a fifth of
 * all the portal's garbage, and under load a hash lasts long enough for its blocks to be promoted: the
 * old generation filled and full collections stopped every page (JFR of the full load run). Here the
 * blocks of {@code slabs} hashes are allocated once, at start, and a hash borrows a slab for its
 * duration: no garbage. With {@code reserveAtStart} a background thread fills the slabs right after
 * start (the memory hashing needs is then held from the start, not grown during the first burst of
 * sign-ins); otherwise (tests, which start many contexts) a slab fills at its first hash. Bouncy
 * Castle zeroes every block before giving it back, so no password-derived state waits in a slab.
 */
final class PooledArgon2id implements PasswordEncoder {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final String PREFIX = "$argon2id$v=19$";
    /** Blocks a hash takes: one per KiB of memory, and four of Bouncy Castle's own while filling. */
    private static final int WORKING_BLOCKS = 4;

    private final int memoryKib;
    private final int iterations;
    /** Last returned, first lent: one sign-in at a time keeps reusing one slab. */
    private final BlockingDeque<Slab> slabs;
    private final SecureRandom random = new SecureRandom();
    private final Base64.Encoder encoder = Base64.getEncoder().withoutPadding();

    PooledArgon2id(int memoryKib, int iterations, int slabs, boolean reserveAtStart) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.slabs = new LinkedBlockingDeque<>(slabs);
        for (int i = 0; i < slabs; i++) {
            this.slabs.add(new Slab(memoryKib + WORKING_BLOCKS));
        }
        if (reserveAtStart) {
            // Borrowed like a hash borrows it (from the far end, where the unfilled ones wait), so a sign-in
            // meanwhile takes another slab or waits its turn.
            Thread.ofPlatform().daemon().name("argon2-memory").start(() -> {
                for (int i = 0; i < slabs; i++) {
                    Slab slab = this.slabs.pollLast();
                    if (slab == null) {
                        return;
                    }
                    try {
                        slab.fill();
                    } finally {
                        this.slabs.addFirst(slab);
                    }
                }
            });
        }
    }

    @Override
    public String encode(CharSequence rawPassword) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = hash(rawPassword, salt, memoryKib, iterations, HASH_BYTES);
        return PREFIX + "m=" + memoryKib + ",t=" + iterations + ",p=1$" + encoder.encodeToString(salt) + "$"
                + encoder.encodeToString(hash);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        Encoded stored = Encoded.parse(encodedPassword);
        if (stored == null || rawPassword == null) {
            return false;
        }
        byte[] computed = hash(rawPassword, stored.salt(), stored.memoryKib(), stored.iterations(),
                stored.hash().length);
        return MessageDigest.isEqual(computed, stored.hash());
    }

    /** A hash made with less memory or fewer passes than today's is replaced at the next sign-in. */
    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        Encoded stored = Encoded.parse(encodedPassword);
        return stored == null || stored.memoryKib() < memoryKib || stored.iterations() < iterations;
    }

    /** Blocks held by the slabs not lent out at the moment (for tests). */
    int heldBlocks() {
        return slabs.stream().mapToInt(Slab::held).sum();
    }

    /** Blocks a slab holds when full. */
    int blocksPerSlab() {
        return memoryKib + WORKING_BLOCKS;
    }

    private byte[] hash(CharSequence rawPassword, byte[] salt, int memory, int passes, int length) {
        Slab slab = borrow();
        try {
            Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withSalt(salt)
                    .withParallelism(1)
                    .withMemoryAsKB(memory)
                    .withIterations(passes)
                    .withBlockPool(slab)
                    .build();
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters);
            byte[] out = new byte[length];
            char[] chars = rawPassword.toString().toCharArray();
            generator.generateBytes(chars, out);
            Arrays.fill(chars, '\0');
            return out;
        } finally {
            slabs.addFirst(slab);
        }
    }

    private Slab borrow() {
        try {
            return slabs.takeFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to hash a password", e);
        }
    }

    /**
     * The blocks of one hash, lent to one thread at a time (so no lock per block). A hash with more
     * memory than the slab holds (an older, costlier setting) gets the rest as ordinary garbage.
     */
    private static final class Slab implements Argon2BytesGenerator.BlockPool {

        private final int capacity;
        private final ArrayDeque<Argon2BytesGenerator.Block> free;

        Slab(int capacity) {
            this.capacity = capacity;
            this.free = new ArrayDeque<>(capacity);
        }

        void fill() {
            while (free.size() < capacity) {
                free.push(new Argon2BytesGenerator.Block());
            }
        }

        int held() {
            return free.size();
        }

        @Override
        public Argon2BytesGenerator.Block allocate() {
            Argon2BytesGenerator.Block block = free.poll();
            return block != null ? block : new Argon2BytesGenerator.Block();
        }

        @Override
        public void deallocate(Argon2BytesGenerator.Block block) {
            if (free.size() < capacity) {
                free.push(block);
            }
        }
    }

    /** A stored hash taken apart; null when it is not Argon2id in Spring's encoding. */
    private record Encoded(int memoryKib, int iterations, byte[] salt, byte[] hash) {

        static Encoded parse(String encoded) {
            if (encoded == null || !encoded.startsWith(PREFIX)) {
                return null;
            }
            String[] parts = encoded.substring(PREFIX.length()).split("\\$");
            if (parts.length != 3) {
                return null;
            }
            int memory = -1;
            int passes = -1;
            int lanes = -1;
            try {
                for (String parameter : parts[0].split(",")) {
                    String[] pair = parameter.split("=", 2);
                    if (pair.length != 2) {
                        return null;
                    }
                    int value = Integer.parseInt(pair[1]);
                    switch (pair[0]) {
                        case "m" -> memory = value;
                        case "t" -> passes = value;
                        case "p" -> lanes = value;
                        default -> {
                            return null;
                        }
                    }
                }
                Base64.Decoder decoder = Base64.getDecoder();
                byte[] salt = decoder.decode(parts[1].getBytes(StandardCharsets.US_ASCII));
                byte[] hash = decoder.decode(parts[2].getBytes(StandardCharsets.US_ASCII));
                if (lanes != 1 || memory < 8 || passes < 1 || salt.length < 8 || hash.length < 16) {
                    return null;
                }
                return new Encoded(memory, passes, salt, hash);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
