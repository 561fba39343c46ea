package org.expertportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Long passwords in any script are stored and checked; the demo's BCrypt hashes still work. */
class PasswordEncodingTest {

    private final PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder();

    @Test
    void a_long_cyrillic_passphrase_is_stored_and_matched() {
        String passphrase = "очень длинная фраза для пароля ".repeat(4).strip();
        assertThat(passphrase.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        String hash = encoder.encode(passphrase);
        assertThat(hash).startsWith("{pbkdf2@SpringSecurity_v5_8}");
        assertThat(encoder.matches(passphrase, hash)).isTrue();
        assertThat(encoder.matches(passphrase + "!", hash)).isFalse();
    }

    @Test
    void existing_bcrypt_hashes_still_match() {
        String demoClient = "{bcrypt}$2a$10$0JTCZBYwEpBSLHCh0//VDuf6UI02lIBENsLd24Y7oZntld7lxIy4S";
        assertThat(encoder.matches("demo-client-pass", demoClient)).isTrue();
    }
}
