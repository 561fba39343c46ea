package org.expertportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** File sizes as people read them, in their language (issue #15: a 300 kB scan showed as "0.0 MB"). */
class TextsTest {

    private static final Function<String, String> ENGLISH =
            Map.of("upload.unit.b", "B", "upload.unit.kb", "kB", "upload.unit.mb", "MB")::get;
    private static final Function<String, String> RUSSIAN =
            Map.of("upload.unit.b", "Б", "upload.unit.kb", "кБ", "upload.unit.mb", "МБ")::get;

    @Test
    void small_files_are_in_bytes_or_kilobytes_never_zero_megabytes() {
        assertThat(Texts.fileSize(0, Locale.UK, ENGLISH)).isEqualTo("0 B");
        assertThat(Texts.fileSize(512, Locale.UK, ENGLISH)).isEqualTo("512 B");
        assertThat(Texts.fileSize(1024, Locale.UK, ENGLISH)).isEqualTo("1 kB");
        assertThat(Texts.fileSize(1025, Locale.UK, ENGLISH)).as("rounds up, never 0 kB").isEqualTo("2 kB");
        assertThat(Texts.fileSize(300 * 1024, Locale.UK, ENGLISH)).isEqualTo("300 kB");
        assertThat(Texts.fileSize(1024 * 1024 - 1, Locale.UK, ENGLISH)).isEqualTo("1,023 kB");
    }

    @Test
    void megabytes_carry_one_decimal_below_ten_and_none_above() {
        assertThat(Texts.fileSize(1024 * 1024, Locale.UK, ENGLISH)).isEqualTo("1 MB");
        assertThat(Texts.fileSize(1_468_006, Locale.UK, ENGLISH)).isEqualTo("1.4 MB");
        assertThat(Texts.fileSize(25L * 1024 * 1024, Locale.UK, ENGLISH)).isEqualTo("25 MB");
    }

    @Test
    void russian_uses_its_own_decimal_comma_and_units() {
        assertThat(Texts.fileSize(1_468_006, Locale.forLanguageTag("ru"), RUSSIAN)).isEqualTo("1,4 МБ");
        assertThat(Texts.fileSize(300 * 1024, Locale.forLanguageTag("ru"), RUSSIAN)).isEqualTo("300 кБ");
    }
}
