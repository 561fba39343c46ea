package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.expertportal.document.OfficePackages.Limits;
import org.expertportal.document.OfficePackages.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Word packages are judged by their parts, read as a stream with counted bytes and limits. */
class OfficePackagesTest {

    @Test
    void a_minimal_word_document_is_word() throws IOException {
        assertThat(inspect(OfficeFiles.docx())).isEqualTo(Verdict.WORD);
    }

    @Test
    void macro_enabled_and_other_office_packages_are_not_word() throws IOException {
        assertThat(inspect(OfficeFiles.docm())).as("docm").isEqualTo(Verdict.NOT_WORD);
        assertThat(inspect(OfficeFiles.xlsm())).as("xlsm").isEqualTo(Verdict.NOT_WORD);
        assertThat(inspect(OfficeFiles.xlsx())).as("xlsx").isEqualTo(Verdict.NOT_WORD);
        assertThat(inspect(OfficeFiles.pptx())).as("pptx").isEqualTo(Verdict.NOT_WORD);
        assertThat(inspect(OfficeFiles.dotx())).as("dotx").isEqualTo(Verdict.NOT_WORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"word/vbaProject.bin", "vbaProject.bin", "customXml/deep/VBAPROJECT.BIN", "word/vbaData.xml"})
    void a_macro_project_anywhere_in_the_package_is_refused_even_when_declared_as_docx(String path)
            throws IOException {
        assertThat(inspect(OfficeFiles.docxWithMacroProject(path))).isEqualTo(Verdict.NOT_WORD);
    }

    @Test
    void a_word_main_part_declared_but_missing_is_not_word() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(OfficeFiles.wordEntries(OfficeFiles.WORD_MAIN));
        entries.remove("word/document.xml");
        assertThat(inspect(OfficeFiles.zip(entries))).isEqualTo(Verdict.NOT_WORD);
    }

    @Test
    void a_package_without_content_types_or_a_plain_zip_is_not_word() throws IOException {
        assertThat(inspect(OfficeFiles.plainZip())).isEqualTo(Verdict.NOT_WORD);
    }

    @Test
    void a_content_type_written_with_character_references_is_not_taken_on_trust() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(OfficeFiles.wordEntries(OfficeFiles.WORD_MAIN));
        entries.put("[Content_Types].xml", OfficeFiles.contentTypes("word/document.xml", OfficeFiles.WORD_MAIN,
                "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vba&#80;roject\"/>").getBytes());
        assertThat(inspect(OfficeFiles.zip(entries))).isEqualTo(Verdict.NOT_WORD);
    }

    @Test
    void a_compression_bomb_of_200_megabytes_is_stopped_at_the_limit_without_unpacking_it_all() throws IOException {
        byte[] bomb = OfficeFiles.docxWithZeros(200L * 1024 * 1024);
        assertThat(bomb.length).as("small when compressed").isLessThan(1024 * 1024);

        CountingStream read = new CountingStream(bomb);
        assertThat(OfficePackages.inspect(read, bomb.length, Limits.DEFAULT)).isEqualTo(Verdict.UNSAFE);
        assertThat(read.count).as("stopped early").isLessThan(bomb.length);
    }

    @Test
    void the_expansion_ratio_counts_the_bytes_that_come_out_not_the_declared_sizes() throws IOException {
        // 5 MB of zeros: under the 100 MB total but far above 100 bytes per packed byte.
        byte[] packed = OfficeFiles.docxWithZeros(5L * 1024 * 1024);
        assertThat(inspect(packed)).isEqualTo(Verdict.UNSAFE);
        // A small padding stays under the floor: a short letter legitimately unpacks to many times its size.
        assertThat(inspect(OfficeFiles.docxWithZeros(512 * 1024))).isEqualTo(Verdict.WORD);
    }

    @Test
    void the_total_unpacked_size_has_its_own_limit() throws IOException {
        var strict = new Limits(1_000, 64 * 1024, 1_000_000, 1024 * 1024);
        byte[] packed = OfficeFiles.docxWithZeros(100 * 1024);
        assertThat(OfficePackages.inspect(new ByteArrayInputStream(packed), packed.length, strict))
                .isEqualTo(Verdict.UNSAFE);
    }

    @Test
    void too_many_entries_are_refused() throws IOException {
        assertThat(inspect(OfficeFiles.docxWithEntries(100))).isEqualTo(Verdict.WORD);
        assertThat(inspect(OfficeFiles.docxWithEntries(Limits.DEFAULT.maxEntries()))).isEqualTo(Verdict.UNSAFE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../evil.xml", "word/../../evil.xml", "/etc/passwd", "C:/evil.xml", "word\\evil.xml",
        "word/./x.xml", "word/doc\u0001.xml"})
    void entry_names_with_path_tricks_are_refused(String name) throws IOException {
        assertThat(inspect(OfficeFiles.docxWithEntryNamed(name))).isEqualTo(Verdict.UNSAFE);
    }

    @Test
    void duplicate_entry_names_are_refused() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(OfficeFiles.wordEntries(OfficeFiles.WORD_MAIN));
        entries.put("WORD/document.xml", "<w:document/>".getBytes());
        assertThat(inspect(OfficeFiles.zip(entries))).isEqualTo(Verdict.UNSAFE);
    }

    @Test
    void a_truncated_or_garbled_zip_is_unsafe() throws IOException {
        byte[] docx = OfficeFiles.docx();
        byte[] cut = Arrays.copyOf(docx, docx.length / 2);
        assertThat(inspect(cut)).isEqualTo(Verdict.UNSAFE);
        assertThat(inspect("PK\u0003\u0004garbage".getBytes())).isEqualTo(Verdict.UNSAFE);
    }

    private static Verdict inspect(byte[] zip) throws IOException {
        return OfficePackages.inspect(new ByteArrayInputStream(zip), zip.length, Limits.DEFAULT);
    }

    private static final class CountingStream extends ByteArrayInputStream {
        long count;

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }

        @Override
        public synchronized int read() {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }
    }
}
