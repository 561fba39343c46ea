package org.expertportal.document.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentDownloadsTest {

    @Test
    void an_ascii_name_is_sent_as_is_in_both_parameters() {
        assertThat(DocumentDownloads.contentDisposition("cv-2026.pdf"))
                .isEqualTo("attachment; filename=\"cv-2026.pdf\"; filename*=UTF-8''cv-2026.pdf");
    }

    @Test
    void a_cyrillic_name_gets_an_ascii_fallback_and_an_rfc_5987_utf8_name() {
        assertThat(DocumentDownloads.contentDisposition("Резюме.pdf"))
                .isEqualTo("attachment; filename=\"______.pdf\"; "
                        + "filename*=UTF-8''%D0%A0%D0%B5%D0%B7%D1%8E%D0%BC%D0%B5.pdf");
    }

    @Test
    void quotes_spaces_and_accents_cannot_break_the_header() {
        assertThat(DocumentDownloads.contentDisposition("María \"final\" v2.pdf"))
                .isEqualTo("attachment; filename=\"Maria _final_ v2.pdf\"; "
                        + "filename*=UTF-8''Mar%C3%ADa%20%22final%22%20v2.pdf");
    }
}
