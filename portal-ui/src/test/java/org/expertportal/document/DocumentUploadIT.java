package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.expertportal.expert.ExpertService;
import org.expertportal.sample.SampleDraft;
import org.expertportal.sample.SampleService;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every refused upload says why and leaves no file and no row behind. */
class DocumentUploadIT extends KaribuTest {

    @Autowired
    SampleService samples;

    @Autowired
    ExpertService experts;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${portal.data-dir}")
    Path dataDir;

    private long filesBefore;
    private long documentsBefore;
    private long samplesBefore;

    @BeforeEach
    void signInAsStaffAndCount() {
        signIn("staff@demo.test");
        filesBefore = files();
        documentsBefore = count("document");
        samplesBefore = count("sample_report");
    }

    @Test
    void a_renamed_executable_is_refused_as_not_a_pdf() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);

        assertRefused(() -> publish("sample.pdf", new ByteArrayInputStream(exe)),
                "document.refused.type.sample_report");
    }

    @Test
    void an_empty_file_is_refused() {
        assertRefused(() -> publish("sample.pdf", InputStream.nullInputStream()), "document.refused.empty");
    }

    @Test
    void a_file_over_25_megabytes_is_refused_after_streaming_and_the_partial_file_is_removed() {
        long limit = DocumentPurpose.SAMPLE_REPORT.maxBytes();
        assertThat(limit).isEqualTo(25L * 1024 * 1024);
        assertRefused(() -> publish("big.pdf", pdfLookingStream(limit + 1)), "document.refused.too-large");
    }

    @Test
    void a_file_of_exactly_25_megabytes_is_accepted() {
        publish("exactly.pdf", pdfLookingStream(DocumentPurpose.SAMPLE_REPORT.maxBytes()));
        assertThat(files()).isEqualTo(filesBefore + 1);
        assertThat(count("document")).isEqualTo(documentsBefore + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/sample.pdf", "reports/sample.pdf", "..\\sample.pdf"})
    void a_file_name_with_path_segments_is_refused(String name) {
        assertRefused(() -> publish(name, Fixtures.pdf()), "document.refused.name-path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample\u0000.pdf", "sample\r\n.pdf", "sample\u202Efdp.exe"})
    void a_file_name_with_control_characters_is_refused(String name) {
        assertRefused(() -> publish(name, Fixtures.pdf()), "document.refused.name-control");
    }

    @Test
    void a_form_with_missing_fields_is_refused_field_by_field_before_the_file_is_read() {
        var draft = new SampleDraft(" ", "", null, java.util.Set.of("no-such-theme"), "xx", 1800);
        assertThatThrownBy(() -> samples.publish(draft, "sample.pdf", Fixtures.pdf()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys("title", "summary", "country", "themes", "language", "year"));
        assertNothingLeft();
    }

    @Test
    void an_accepted_pdf_is_stored_once_with_its_hash_and_sanitised_name() throws Exception {
        byte[] pdf = Pdfs.withPages(1);
        long id = samples.publish(Fixtures.sample("Kept", "MN"), "Образец \"1\".pdf", new ByteArrayInputStream(pdf));

        var row = jdbc.queryForMap("select d.original_name, d.size_bytes, d.sha256, d.media_type, d.storage_name "
                + "from sample_report s join document d on d.id = s.document_id where s.id = ?", id);
        assertThat(row.get("original_name")).isEqualTo("Образец _1_.pdf");
        assertThat(((Number) row.get("size_bytes")).longValue()).isEqualTo(pdf.length);
        assertThat(row.get("media_type")).isEqualTo("application/pdf");
        assertThat(row.get("sha256")).isEqualTo(java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
        Path stored = dataDir.resolve("documents").resolve((String) row.get("storage_name"));
        assertThat(Files.size(stored)).as("stored once, encrypted (docs/adr/013)").isGreaterThan(pdf.length);
        assertThat(Files.readAllBytes(stored)).isNotEqualTo(pdf);
    }

    @Test
    void a_tampered_file_is_refused_on_download_before_anything_is_sent_or_recorded() throws Exception {
        long id = samples.publish(Fixtures.sample("Tampered", "MN"), "t.pdf", Fixtures.pdf());
        String storage = jdbc.queryForObject(
                "select d.storage_name from sample_report s join document d on d.id = s.document_id where s.id = ?",
                String.class, id);
        Files.write(dataDir.resolve("documents").resolve(storage), Pdfs.withPages(3));
        long downloadsBefore = count("document_download");

        var sink = new Fixtures.MemorySink();
        assertThatThrownBy(() -> samples.download(id, sink))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("document.unavailable"));
        assertThat(sink.opened).isEmpty();
        assertThat(count("document_download")).isEqualTo(downloadsBefore);
    }

    @Test
    void a_new_cv_version_keeps_the_old_ones() {
        signOut();
        signIn("admin@demo.test");
        long expert = experts.create(Fixtures.expert("versions-" + System.nanoTime(), "ER"));
        assertThat(experts.uploadCvVersion(expert, "cv-1.pdf", Fixtures.pdf())).isEqualTo(1);
        assertThat(experts.uploadCvVersion(expert, "cv-2.pdf", Fixtures.pdf())).isEqualTo(2);
        assertThatThrownBy(() -> experts.uploadCvVersion(expert, "cv-3.pdf", InputStream.nullInputStream()))
                .isInstanceOf(DomainException.class);

        assertThat(experts.cvVersions(expert)).extracting(v -> v.versionNumber() + " " + v.fileName())
                .containsExactly("2 cv-2.pdf", "1 cv-1.pdf");
        assertThat(files()).isEqualTo(filesBefore + 2);
    }

    private void publish(String fileName, InputStream content) {
        samples.publish(Fixtures.sample("Upload test", "MN"), fileName, content);
    }

    private void assertRefused(Runnable upload, String key) {
        assertThatThrownBy(upload::run)
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageKey()).isEqualTo(key));
        assertNothingLeft();
    }

    private void assertNothingLeft() {
        assertThat(files()).as("files in the document folder").isEqualTo(filesBefore);
        assertThat(count("document")).as("document rows").isEqualTo(documentsBefore);
        assertThat(count("sample_report")).as("sample rows").isEqualTo(samplesBefore);
    }

    private long files() {
        Path folder = dataDir.resolve("documents");
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** {@code length} bytes that start like a PDF, generated as they are read (never in memory). */
    private static InputStream pdfLookingStream(long length) {
        byte[] head = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
        return new InputStream() {
            long position;

            @Override
            public int read() {
                if (position >= length) {
                    return -1;
                }
                int b = position < head.length ? head[(int) position] & 0xff : ' ';
                position++;
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                if (position >= length) {
                    return -1;
                }
                int n = (int) Math.min(count, length - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return n;
            }
        };
    }
}
