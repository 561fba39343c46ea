package org.expertportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Passwords are stored as Argon2id with OWASP's minimum cost; long passwords in any script work; the hashes of older
 * installations and of the demo still match and are marked for replacement; only so many hashes run at once.
 */
class PasswordEncodingTest {

    private final PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder(false);

    @Test
    void a_long_cyrillic_passphrase_is_stored_as_argon2id_and_matched() {
        String passphrase = "очень длинная фраза для пароля ".repeat(4).strip();
        assertThat(passphrase.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        String hash = encoder.encode(passphrase);
        assertThat(hash).startsWith("{argon2id}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches(passphrase, hash)).isTrue();
        assertThat(encoder.matches(passphrase + "!", hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).as("today's hash needs no upgrade").isFalse();
    }

    @Test
    void existing_bcrypt_hashes_still_match_and_are_marked_for_replacement() {
        String demoClient = "{bcrypt}$2a$10$0JTCZBYwEpBSLHCh0//VDuf6UI02lIBENsLd24Y7oZntld7lxIy4S";
        assertThat(encoder.matches("demo-client-pass", demoClient)).isTrue();
        assertThat(encoder.upgradeEncoding(demoClient)).isTrue();
    }

    @Test
    void pbkdf2_hashes_of_the_first_installations_still_match_and_are_marked_for_replacement() {
        String pbkdf2 = "{pbkdf2@SpringSecurity_v5_8}"
                + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("a long enough passphrase");
        assertThat(encoder.matches("a long enough passphrase", pbkdf2)).isTrue();
        assertThat(encoder.matches("another passphrase", pbkdf2)).isFalse();
        assertThat(encoder.upgradeEncoding(pbkdf2)).isTrue();
    }

    @Test
    void no_more_hashes_run_at_once_than_there_are_permits_and_the_rest_wait_their_turn() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        PasswordEncoder blocking = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                return "hash";
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return encode(raw).equals(encoded);
            }
        };
        PasswordHashing hashing = new PasswordHashing(blocking, 2);
        List<Thread> signIns = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            signIns.add(Thread.ofVirtual().start(() -> hashing.matches("secret", "hash")));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> running.get() == 2 && hashing.waiting() == 3);

        release.countDown();
        for (Thread signIn : signIns) {
            signIn.join(Duration.ofSeconds(10));
        }
        assertThat(most.get()).isEqualTo(2);
        assertThat(hashing.waiting()).isZero();
    }

    @Test
    void one_hash_fewer_at_once_than_processors_within_a_sixteenth_of_the_heap_and_at_least_one() {
        long mib = 1024L * 1024;
        assertThat(PasswordHashing.permitsFor(1024 * mib, 2)).as("-Xmx1g, 2 cores: one core left to pages").isEqualTo(1);
        assertThat(PasswordHashing.permitsFor(384 * mib, 2)).as("CI's smoke run").isEqualTo(1);
        assertThat(PasswordHashing.permitsFor(16 * 1024 * mib, 8)).as("8 cores, 1 GiB for hashing").isEqualTo(7);
        assertThat(PasswordHashing.permitsFor(1024 * mib, 8)).as("64 MiB of heap: 3 hashes").isEqualTo(3);
        assertThat(PasswordHashing.permitsFor(64 * mib, 8)).as("at least one").isEqualTo(1);
        assertThat(PasswordHashing.permitsFor(16 * 1024 * mib, 1)).as("one processor").isEqualTo(1);
    }

    @Test
    void hashes_made_by_spring_security_match_and_ours_match_in_spring_security() {
        var spring = new Argon2PasswordEncoder(16, 32, 1, PasswordHashing.MEMORY_KIB, PasswordHashing.ITERATIONS);
        var pooled = new PooledArgon2id(PasswordHashing.MEMORY_KIB, PasswordHashing.ITERATIONS, 1, false);
        String passphrase = "пароль с пробелами and ASCII";

        String bySpring = spring.encode(passphrase);
        assertThat(pooled.matches(passphrase, bySpring)).isTrue();
        assertThat(pooled.matches(passphrase + " ", bySpring)).isFalse();
        assertThat(pooled.upgradeEncoding(bySpring)).isFalse();

        String ours = pooled.encode(passphrase);
        assertThat(ours).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(spring.matches(passphrase, ours)).isTrue();
        assertThat(spring.matches("пароль", ours)).isFalse();
    }

    @Test
    void a_hash_with_less_memory_or_fewer_passes_is_marked_for_replacement_and_still_matches() {
        var pooled = new PooledArgon2id(PasswordHashing.MEMORY_KIB, PasswordHashing.ITERATIONS, 1, false);
        String weaker = new Argon2PasswordEncoder(16, 32, 1, 16_384, 2).encode("a long enough passphrase");
        assertThat(pooled.matches("a long enough passphrase", weaker)).isTrue();
        assertThat(pooled.upgradeEncoding(weaker)).isTrue();
        assertThat(pooled.matches("a long enough passphrase", "$argon2id$v=19$m=19456,t=2,p=1$broken")).isFalse();
        assertThat(pooled.matches("a long enough passphrase", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA"))
                .isFalse();
    }

    @Test
    void the_memory_of_a_hash_is_kept_for_the_next_one_and_does_not_grow() {
        var pooled = new PooledArgon2id(PasswordHashing.MEMORY_KIB, PasswordHashing.ITERATIONS, 2, false);
        assertThat(pooled.heldBlocks()).as("grows with use when not reserved at start").isZero();

        String hash = pooled.encode("first");
        assertThat(pooled.heldBlocks()).isEqualTo(pooled.blocksPerSlab());
        assertThat(pooled.matches("first", hash)).isTrue();
        assertThat(pooled.heldBlocks()).as("one hash at a time reuses one slab").isEqualTo(pooled.blocksPerSlab());
    }

    @Test
    void reserved_at_start_every_slab_is_filled_without_a_sign_in() {
        var pooled = new PooledArgon2id(1_024, 1, 3, true);
        await().atMost(Duration.ofSeconds(10)).until(() -> pooled.heldBlocks() == 3 * pooled.blocksPerSlab());
        assertThat(pooled.matches("x", pooled.encode("x"))).isTrue();
        assertThat(pooled.heldBlocks()).isEqualTo(3 * pooled.blocksPerSlab());
    }
}
