package org.expertportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** RFC 6238 Appendix B: the SHA1 seed is the ASCII of "12345678901234567890". */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:10Z");

    @ParameterizedTest(name = "T = {0} s: {1}")
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130",
    })
    void computes_the_rfc_6238_sha1_test_vectors(long unixSeconds, String expected) {
        long step = Totp.stepAt(Instant.ofEpochSecond(unixSeconds));
        assertThat(Totp.code(RFC_SEED, step, 8)).isEqualTo(expected);
    }

    @Test
    void six_digit_codes_are_the_last_six_digits_of_the_eight() {
        assertThat(Totp.code(RFC_SEED, Totp.stepAt(Instant.ofEpochSecond(59)), 6)).isEqualTo("287082");
    }

    @Test
    void accepts_the_current_step_and_one_step_either_side_but_no_further() {
        long now = Totp.stepAt(NOW);
        for (long step = now - 1; step <= now + 1; step++) {
            assertThat(Totp.acceptedStep(RFC_SEED, Totp.code(RFC_SEED, step, 6), NOW, null)).hasValue(step);
        }
        assertThat(Totp.acceptedStep(RFC_SEED, Totp.code(RFC_SEED, now - 2, 6), NOW, null)).isEmpty();
        assertThat(Totp.acceptedStep(RFC_SEED, Totp.code(RFC_SEED, now + 2, 6), NOW, null)).isEmpty();
    }

    @Test
    void a_code_whose_step_was_used_already_is_refused_and_a_later_one_is_not() {
        long now = Totp.stepAt(NOW);
        String current = Totp.code(RFC_SEED, now, 6);
        assertThat(Totp.acceptedStep(RFC_SEED, current, NOW, now)).as("replayed").isEmpty();
        assertThat(Totp.acceptedStep(RFC_SEED, Totp.code(RFC_SEED, now - 1, 6), NOW, now))
                .as("an older step than the one used").isEmpty();
        assertThat(Totp.acceptedStep(RFC_SEED, Totp.code(RFC_SEED, now + 1, 6), NOW, now)).hasValue(now + 1);
    }

    @ParameterizedTest
    @CsvSource({"''", "12345", "1234567", "12a456", "' 123456'"})
    void anything_but_six_digits_is_refused(String typed) {
        assertThat(Totp.acceptedStep(RFC_SEED, typed, NOW, null)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void base32_follows_rfc_4648(String plain, String encoded) {
        assertThat(Base32.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base32.decode(encoded), StandardCharsets.US_ASCII)).isEqualTo(plain);
    }

    @Test
    void a_typed_key_may_be_lower_case_and_grouped() {
        assertThat(Base32.decode("mzxw 6ytb-oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);
    }
}
