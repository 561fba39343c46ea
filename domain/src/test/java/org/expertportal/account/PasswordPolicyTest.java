package org.expertportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "\"{0}\" is refused as {1}")
    @CsvSource({
        "short-pass, password.refused.too-short",
        "aaaaaaaaaaaaaaaa, password.refused.one-character",
        "my-amina.khan@firm.test-password, password.refused.contains-email",
        "amina.khan-is-my-name, password.refused.contains-email",
    })
    void refuses_weak_passwords_with_the_reason(String password, String reason) {
        assertThat(PasswordPolicy.refusal(password, "Amina.Khan@firm.test")).contains(reason);
    }

    @Test
    void refuses_a_password_over_128_characters() {
        assertThat(PasswordPolicy.refusal("x".repeat(64) + "y".repeat(65), "a@b.test"))
                .contains("password.refused.too-long");
    }

    @Test
    void counts_characters_not_bytes() {
        // Twelve Cyrillic letters are twelve characters, though 24 bytes in UTF-8.
        assertThat(PasswordPolicy.refusal("пароль-длинн", "a@b.test")).isEmpty();
        assertThat(PasswordPolicy.refusal("пароль-длин", "a@b.test")).contains("password.refused.too-short");
    }

    @Test
    void accepts_a_long_passphrase_without_composition_rules() {
        assertThat(PasswordPolicy.refusal("correct horse battery staple", "amina@firm.test")).isEmpty();
    }
}
