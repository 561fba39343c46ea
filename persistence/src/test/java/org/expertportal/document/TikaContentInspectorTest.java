package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TikaContentInspectorTest {

    private final TikaContentInspector inspector = new TikaContentInspector();

    @Test
    void a_real_pdf_is_a_pdf_and_the_stream_is_left_where_it_was() throws Exception {
        byte[] pdf = Pdfs.withPages(1);
        var in = new BufferedInputStream(new ByteArrayInputStream(pdf));

        assertThat(inspector.detectMediaType(in)).isEqualTo("application/pdf");
        assertThat(in.readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void a_windows_executable_is_recognised_by_its_magic_bytes_whatever_its_name() throws Exception {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);

        assertThat(inspector.detectMediaType(new BufferedInputStream(new ByteArrayInputStream(exe))))
                .isNotEqualTo("application/pdf");
    }

    @Test
    void text_that_mentions_pdf_is_not_a_pdf() throws Exception {
        byte[] text = "This is my CV.pdf, honestly".getBytes(StandardCharsets.UTF_8);
        assertThat(inspector.detectMediaType(new BufferedInputStream(new ByteArrayInputStream(text))))
                .isNotEqualTo("application/pdf");
    }
}
