package org.expertportal.document;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.expertportal.document.ui.DocumentUpload;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The upload section of the hostile-input suite (issue #14): hostile content, sizes and names sent
 * by a client through the case-document upload on the request page, as the browser sends them
 * (Vaadin's upload handler, the page, the use case, the store). Each is refused with its message
 * in the person's language, and leaves no document row, no request-document row and no file.
 */
class HostileUploadIT extends KaribuTest {

    private static final String TYPE = "document.refused.type.case_document";
    private static final String PACKAGE = "document.refused.package";
    private static final long LIMIT = DocumentPurpose.CASE_DOCUMENT.maxBytes();

    @Autowired
    RequestIntakeService intake;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${portal.data-dir}")
    Path dataDir;

    private String reference;

    @BeforeEach
    void aClientOnTheirRequestPage() {
        String client = RequestFixtures.newEmail("hostile");
        reference = intake.submit(RequestFixtures.form(client, clock), RequestFixtures.origin()).reference();
        RequestFixtures.activate(jdbc, client);
        signIn(client);
    }

    static Stream<Arguments> hostileUploads() {
        return Stream.of(
                // Content that is not what its name says, or not allowed at all.
                upload("an Office package with a script, named .hta (the probe)", "Refusal letter.hta",
                        OfficeFiles::scriptPackage, TYPE),
                upload("a plain zip named .pdf", "archive.pdf", OfficeFiles::plainZip, TYPE),
                upload("a plain zip named .docx", "archive.docx", OfficeFiles::plainZip, TYPE),
                upload("a compression bomb .docx, 200 MB unpacked", "statement.docx",
                        () -> OfficeFiles.docxWithZeros(200L * 1024 * 1024), PACKAGE),
                upload("a macro-enabled Word file as .docm", "letter.docm", OfficeFiles::docm, TYPE),
                upload("a macro-enabled Word file renamed .docx", "letter.docx", OfficeFiles::docm, TYPE),
                upload("a macro-enabled workbook as .xlsm", "book.xlsm", OfficeFiles::xlsm, TYPE),
                upload("a macro-enabled workbook renamed .docx", "book.docx", OfficeFiles::xlsm, TYPE),
                upload("a workbook renamed .docx", "book.docx", OfficeFiles::xlsx, TYPE),
                upload("a presentation renamed .docx", "slides.docx", OfficeFiles::pptx, TYPE),
                upload("a Word template renamed .docx", "template.docx", OfficeFiles::dotx, TYPE),
                upload("a .docx with a macro project hidden in customXml", "letter.docx",
                        () -> OfficeFiles.docxWithMacroProject("customXml/item9/vbaProject.bin"), TYPE),
                upload("a .docx with a path-traversal entry", "letter.docx",
                        () -> OfficeFiles.docxWithEntryNamed("../../../../tmp/evil.xml"), PACKAGE),
                upload("a .docx with an absolute entry name", "letter.docx",
                        () -> OfficeFiles.docxWithEntryNamed("/etc/cron.d/evil"), PACKAGE),
                upload("a .docx with 1,000 extra entries", "letter.docx",
                        () -> OfficeFiles.docxWithEntries(1_000), PACKAGE),
                upload("a Windows executable named .pdf", "scan.pdf", HostileUploadIT::exe, TYPE),
                upload("HTML with a script named .pdf", "letter.pdf",
                        () -> ascii("<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"), TYPE),
                upload("an SVG with a script named .png", "photo.png",
                        () -> ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), TYPE),
                upload("a GIF", "scan.gif", () -> ascii("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;"), TYPE),
                upload("a real PDF named .docx", "letter.docx", HostileUploadIT::pdf, TYPE),
                upload("a real PDF named .pdf.exe", "letter.pdf.exe", HostileUploadIT::pdf, TYPE),
                upload("a real PDF with no extension", "letter", HostileUploadIT::pdf, TYPE),
                upload("a real PDF named only .pdf", ".pdf", HostileUploadIT::pdf, TYPE),
                upload("a PNG named .jpg", "photo.jpg", OfficeFiles::png, TYPE),
                upload("a JPEG named .png", "photo.png", OfficeFiles::jpeg, TYPE),
                upload("a real Word document named .pdf", "letter.pdf", OfficeFiles::docx, TYPE),
                // Sizes.
                upload("an empty file", "letter.pdf", () -> new byte[0], "document.refused.empty"),
                upload("one byte over the limit", "big.pdf", () -> pdfLooking(LIMIT + 1), "document.refused.too-large"),
                // Names.
                upload("a name with a path (the probe)", "../../../../etc/passwd.pdf", HostileUploadIT::pdf,
                        "document.refused.name-path"),
                upload("a Windows path", "C:\\Users\\x\\letter.pdf", HostileUploadIT::pdf, "document.refused.name-path"),
                upload("a name that is only a parent folder", "..", HostileUploadIT::pdf, "document.refused.name-path"),
                upload("a right-to-left override hiding .exe", "letter\u202Efdp.exe", HostileUploadIT::pdf,
                        "document.refused.name-control"),
                upload("a NUL byte before .pdf", "letter.exe\u0000.pdf", HostileUploadIT::pdf, "document.refused.name-control"),
                upload("a header injection", "letter.pdf\r\nContent-Type: text/html", HostileUploadIT::pdf,
                        "document.refused.name-control"),
                upload("a lone surrogate", "letter\uD800.pdf", HostileUploadIT::pdf, "document.refused.name-control"),
                upload("a zero-width space", "let\u200Bter.pdf", HostileUploadIT::pdf, "document.refused.name-control"),
                upload("a 300-character name", "a".repeat(296) + ".pdf", HostileUploadIT::pdf, "document.refused.name-long"),
                upload("a name that grows past the limit when normalised", "\uFB2C".repeat(80) + ".pdf",
                        HostileUploadIT::pdf, "document.refused.name-long"),
                upload("a blank name", "   ", HostileUploadIT::pdf, "document.refused.name-missing"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostileUploads")
    void a_hostile_upload_is_refused_with_its_message_and_leaves_nothing(String what, String fileName,
            Supplier<byte[]> content, String key) {
        UI.getCurrent().navigate("my/requests/" + reference.toLowerCase(Locale.ROOT));
        Counts before = counts();

        String shown = send(fileName, content.get());

        Object[] arguments = key.equals("document.refused.too-large") ? new Object[] {LIMIT / (1024 * 1024)}
                : new Object[0];
        assertThat(shown).as(what).isEqualTo(UI.getCurrent().getTranslation(key, arguments));
        assertThat(counts()).as(what + ": nothing stored").isEqualTo(before);
    }

    @Test
    void the_refusal_is_in_the_person_s_language() {
        useLanguage(Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("my/requests/" + reference.toLowerCase(Locale.ROOT));
        Counts before = counts();

        assertThat(send("Refusal letter.hta", OfficeFiles.scriptPackage())).startsWith("Этот файл не принят.");
        assertThat(send("../../../../etc/passwd.pdf", pdf()))
                .isEqualTo("В имени файла есть путь к папке. Переименуйте файл и попробуйте снова.");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void an_honest_upload_is_kept_under_the_extension_of_its_type_in_lower_case() {
        UI.getCurrent().navigate("my/requests/" + reference.toLowerCase(Locale.ROOT));
        Counts before = counts();

        assertThat(send("Refusal letter.PDF", pdf())).isEmpty();
        assertThat(send("Witness Statement.DOCX", OfficeFiles.docx())).isEmpty();
        assertThat(send("scan.JPEG", OfficeFiles.jpeg())).isEmpty();

        assertThat(counts()).isEqualTo(new Counts(before.documents() + 3, before.attached() + 3, before.files() + 3));
        assertThat(jdbc.queryForList("select concat(d.original_name, ' ', d.media_type) from request_document rd"
                + " join document d on d.id = rd.document_id join report_request r on r.id = rd.request_id"
                + " where r.reference = ? order by d.id", String.class, reference))
                .containsExactly("Refusal letter.pdf application/pdf",
                        "Witness Statement.docx application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "scan.jpeg image/jpeg");
    }

    /** Sends the file through the upload field (choosing it is the whole action); returns the message shown under the field. */
    private String send(String fileName, byte[] bytes) {
        _upload(_get(Upload.class), fileName, "application/octet-stream", bytes);
        // After an accepted upload the page shows the list again with a fresh, empty field.
        return _get(DocumentUpload.class).errorText();
    }

    private record Counts(long documents, long attached, long files) {}

    private Counts counts() {
        return new Counts(count("document"), count("request_document"), files());
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private long files() {
        Path folder = dataDir.resolve("documents");
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Arguments upload(String what, String fileName, Supplier<byte[]> content, String key) {
        return Arguments.of(what, fileName, content, key);
    }

    private static byte[] pdf() {
        return Pdfs.withPages(1);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] exe() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);
        return exe;
    }

    /** {@code length} bytes that start like a PDF. */
    private static byte[] pdfLooking(long length) {
        byte[] bytes = new byte[Math.toIntExact(length)];
        Arrays.fill(bytes, (byte) ' ');
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }
}
