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

    @ParameterizedTest(name = "\"{0}\" is one of the 100,000 most common passwords")
    @CsvSource({"qwertyqwerty", "1qaz2wsx3edc", "leavemealone", "123456789987654321", "QWERTY123456", "LeaveMeAlone"})
    void refuses_a_common_password_whatever_its_case(String password) {
        assertThat(PasswordPolicy.refusal(password, "amina@firm.test")).contains("password.refused.common");
    }

    @Test
    void the_shipped_list_is_the_whole_top_100000() {
        assertThat(CommonPasswords.contains("sonyericsson")).isTrue();
        assertThat(CommonPasswords.linesRead()).isEqualTo(CommonPasswords.LISTED);
    }

    @Test
    void accepts_a_long_passphrase_without_composition_rules() {
        assertThat(PasswordPolicy.refusal("correct horse battery staple", "amina@firm.test")).isEmpty();
    }
}
