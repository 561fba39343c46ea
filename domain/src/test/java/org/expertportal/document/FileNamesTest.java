package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "cv/../../x.pdf", "C:\\Windows\\cv.pdf", "folder/cv.pdf", "..", "c:cv.pdf"})
    void a_name_with_path_segments_is_refused(String name) {
        assertThat(FileNames.refusal(name)).contains("document.refused.name-path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cv\u0000.pdf", "cv\n.pdf", "cv\r\nSet-Cookie: x.pdf", "cv\u202Efdp.exe", "cv\u0007.pdf"})
    void a_name_with_control_or_hidden_format_characters_is_refused(String name) {
        assertThat(FileNames.refusal(name)).contains("document.refused.name-control");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_missing_name_is_refused(String name) {
        assertThat(FileNames.refusal(name)).contains("document.refused.name-missing");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Резюме эксперта.pdf|Резюме эксперта.pdf",
        ".hidden.pdf|hidden.pdf",
        "report \"final\"; v2.pdf|report _final__ v2.pdf",
        "  spaced    name.pdf  |spaced name.pdf",
    })
    void accepted_names_are_kept_readable_and_made_safe(String name, String kept) {
        assertThat(FileNames.refusal(name)).isEmpty();
        assertThat(FileNames.sanitise(name)).isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(ints = {201, 500})
    void a_very_long_name_is_refused(int length) {
        assertThat(FileNames.refusal("a".repeat(length - 4) + ".pdf")).contains("document.refused.name-long");
    }
}
