package org.expertportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The size and storage of the secrets the portal hands out (docs/security.md 6.4.1, 6.5.1-6.5.4,
 * 11.2.3, 11.4.1): link tokens of 256 random bits and recovery codes of 80, each kept only as its
 * SHA-256, and a recovery code good for one use.
 */
class SecretStrengthTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void a_link_token_is_256_random_bits_kept_only_as_its_sha_256() throws Exception {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = LinkTokens.newToken();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
            assertThat(LinkTokens.looksLikeToken(token)).isTrue();
            assertThat(seen.add(token)).as("never repeats").isTrue();
        }
        String token = LinkTokens.newToken();
        assertThat(LinkTokens.hash(token)).isEqualTo(sha256(token)).doesNotContain(token);
    }

    @Test
    void a_recovery_code_is_80_random_bits_kept_only_as_its_sha_256_and_used_once() throws Exception {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = RecoveryCode.generate();
            assertThat(code).as("16 Base32 characters: 80 bits").matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}");
            assertThat(seen.add(code)).as("never repeats").isTrue();
        }
        String code = RecoveryCode.generate();
        RecoveryCode stored = new RecoveryCode(7, code, NOW);
        assertThat(stored.getCodeHash()).isEqualTo(sha256(code.replace("-", ""))).doesNotContain(code.substring(0, 4));
        assertThat(stored.matches(code.toUpperCase(Locale.ROOT).replace('-', ' '))).isTrue();
        assertThat(stored.matches(RecoveryCode.generate())).isFalse();

        stored.use(NOW);
        assertThatThrownBy(() -> stored.use(NOW.plusSeconds(1))).isInstanceOf(IllegalStateException.class);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
