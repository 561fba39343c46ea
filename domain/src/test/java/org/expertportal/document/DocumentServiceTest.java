package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.expertportal.audit.AuditAction;
import org.expertportal.audit.AuditTrail;
import org.expertportal.audit.InMemoryAuditEvents;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Sending a document whose stored file fails, before and while it is sent. */
class DocumentServiceTest {

    private static final byte[] CONTENT = ("%PDF-1.7 " + "x".repeat(100_000)).getBytes();

    /** Larger than the bytes held back twice over, so that some leave before the end is read. */
    private static final byte[] LARGE = ("%PDF-1.7 " + "y".repeat(4 * DocumentService.HELD_BACK_BYTES)).getBytes();

    private final Map<String, byte[]> files = new HashMap<>();
    /** The stored file fails (as a tampered segment does) when a read goes past this position. */
    private int failBeyond = Integer.MAX_VALUE;
    /** Whether the store proves each file whole as it reads it (Tink's segments do). */
    private boolean storeAuthenticates;
    /** How often the store was asked for a file: each read decrypts it once. */
    private int reads;
    private final InMemoryAuditEvents audited = new InMemoryAuditEvents();
    private final CurrentUser reader = new CurrentUser() {
        @Override
        public Optional<Long> accountId() {
            return Optional.of(7L);
        }

        @Override
        public boolean hasRole(Role role) {
            return role == Role.CLIENT;
        }
    };
    private String detected = "application/pdf";
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private final DocumentService service = new DocumentService(
            new DocumentRepository() {
                @Override
                public Document save(Document document) {
                    return document;
                }

                @Override
                public Optional<Document> findById(Long id) {
                    return Optional.empty();
                }

                @Override
                public void delete(Document document) {}

                @Override
                public void flush() {}
            },
            new DocumentDownloadRepository() {
                @Override
                public DocumentDownload save(DocumentDownload download) {
                    return download;
                }

                @Override
                public List<DocumentDownload> findByDocumentIdOrderByIdAsc(Long documentId) {
                    return List.of();
                }

                @Override
                public void deleteByDocumentId(Long documentId) {}
            },
            new FailingStore(), head -> detected, (in, out, stamp) -> in.transferTo(out),
            new MarkerScanner(), reader,
            new AuditTrail(audited, reader, Optional::empty, clock), clock);

    @Test
    void a_file_that_fails_its_check_is_refused_before_anything_is_sent() {
        Document document = service.receive("cv.pdf", new ByteArrayInputStream(CONTENT), DocumentPurpose.EXPERT_CV);
        files.get(document.getStorageName())[50] ^= 1;
        var sink = new RecordingSink();

        assertThatThrownBy(() -> service.deliver(document, DocumentPurpose.EXPERT_CV, sink))
                .isInstanceOf(DomainException.class).hasMessage("document.unavailable");
        assertThat(sink.opened).isFalse();
        assertThat(audited.actions()).containsExactly(AuditAction.DOCUMENT_INTEGRITY_FAILED);
    }

    @Test
    void a_download_reads_and_decrypts_the_stored_file_once() {
        Document document = service.receive("cv.pdf", new ByteArrayInputStream(LARGE), DocumentPurpose.EXPERT_CV);
        reads = 0;
        var sink = new RecordingSink();

        service.deliver(document, DocumentPurpose.EXPERT_CV, sink);

        assertThat(reads).as("reads of the stored file").isEqualTo(1);
        assertThat(sink.bytes.toByteArray()).isEqualTo(LARGE);
        assertThat(sink.closed).isTrue();
        assertThat(audited.actions()).containsExactly(AuditAction.DOCUMENT_DOWNLOADED);
    }

    @Test
    void a_file_its_store_authenticates_is_not_hashed_again_on_its_way_out() {
        storeAuthenticates = true;
        Document received = service.receive("cv.pdf", new ByteArrayInputStream(LARGE), DocumentPurpose.EXPERT_CV);
        Document document = new Document(received.getStorageName(), "cv.pdf", "application/pdf", LARGE.length,
                "0".repeat(64), clock.instant(), 7L, "test-key");
        var sink = new RecordingSink();

        service.deliver(document, DocumentPurpose.EXPERT_CV, sink);

        assertThat(sink.bytes.toByteArray()).as("the store's check is the check (docs/adr/050)").isEqualTo(LARGE);
        assertThat(sink.closed).isTrue();
    }

    @Test
    void a_stamped_download_reads_the_stored_file_once_too() {
        Document document = service.receive("cv.pdf", new ByteArrayInputStream(CONTENT), DocumentPurpose.EXPERT_CV);
        reads = 0;

        service.deliverStamped(document, DocumentPurpose.SAMPLE_REPORT, "stamp", new RecordingSink());

        assertThat(reads).isEqualTo(1);
    }

    @Test
    void a_file_whose_end_does_not_match_its_hash_keeps_its_last_bytes_and_is_aborted() {
        Document document = service.receive("cv.pdf", new ByteArrayInputStream(LARGE), DocumentPurpose.EXPERT_CV);
        byte[] stored = files.get(document.getStorageName());
        stored[stored.length - 10] ^= 1;
        var sink = new RecordingSink();

        assertThatThrownBy(() -> service.deliver(document, DocumentPurpose.EXPERT_CV, sink))
                .isInstanceOf(DocumentDamagedException.class);
        assertThat(sink.bytes.size()).as("the end, where the damage is, never left")
                .isLessThanOrEqualTo(LARGE.length - DocumentService.HELD_BACK_BYTES);
        assertThat(sink.closed).isFalse();
        assertThat(audited.actions()).containsExactly(
                AuditAction.DOCUMENT_DOWNLOADED, AuditAction.DOCUMENT_INTEGRITY_FAILED);
    }

    @Test
    void a_file_that_fails_while_being_sent_leaves_the_response_open_to_be_aborted() {
        Document document = service.receive("cv.pdf", new ByteArrayInputStream(LARGE), DocumentPurpose.EXPERT_CV);
        // A damaged piece after the first bytes have left (a tampered segment of a large file).
        failBeyond = 3 * DocumentService.HELD_BACK_BYTES;
        var sink = new RecordingSink();

        assertThatThrownBy(() -> service.deliver(document, DocumentPurpose.EXPERT_CV, sink))
                .isInstanceOf(DocumentDamagedException.class);
        assertThat(sink.opened).isTrue();
        assertThat(sink.bytes.size()).as("some bytes left before the failure").isPositive();
        assertThat(sink.closed).as("closing would end the response as if complete").isFalse();
        assertThat(audited.actions()).containsExactly(
                AuditAction.DOCUMENT_DOWNLOADED, AuditAction.DOCUMENT_INTEGRITY_FAILED);
    }

    @Test
    void a_receiver_that_goes_away_is_a_broken_transfer_not_a_damaged_document() {
        Document document = service.receive("cv.pdf", new ByteArrayInputStream(CONTENT), DocumentPurpose.EXPERT_CV);
        DocumentSink goneAway = (name, type, length) -> new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("broken pipe");
            }
        };

        assertThatThrownBy(() -> service.deliver(document, DocumentPurpose.EXPERT_CV, goneAway))
                .isInstanceOf(DocumentTransferException.class)
                .isNotInstanceOf(DocumentDamagedException.class);
    }

    @Test
    void an_upload_the_scanner_flags_is_refused_and_leaves_no_file() {
        byte[] infected = ("%PDF-1.7 " + "x".repeat(70_000) + " INFECTED-MARKER").getBytes();

        assertThatThrownBy(() -> service.receive("cv.pdf", new ByteArrayInputStream(infected),
                DocumentPurpose.EXPERT_CV)).isInstanceOf(DomainException.class).hasMessage("document.refused.infected");
        assertThat(files).as("the file that streamed to the store is removed again").isEmpty();
        assertThat(audited.saved).singleElement().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.UPLOAD_INFECTED);
            assertThat(event.getDetail()).isEqualTo("Test.Marker");
        });
    }

    @Test
    void a_scanner_that_cannot_be_reached_refuses_every_upload() {
        scannerReachable = false;
        assertThatThrownBy(() -> service.receive("cv.pdf", new ByteArrayInputStream(CONTENT),
                DocumentPurpose.EXPERT_CV)).isInstanceOf(DomainException.class)
                .hasMessage("document.refused.scan-unavailable");
        assertThat(files).isEmpty();
    }

    @Test
    void an_accepted_name_is_stored_with_the_extension_of_its_type_in_lower_case() {
        Document document = service.receive("Refusal letter.PDF", new ByteArrayInputStream(CONTENT),
                DocumentPurpose.CASE_DOCUMENT);
        assertThat(document.getOriginalName()).isEqualTo("Refusal letter.pdf");
        assertThat(document.getMediaType()).isEqualTo("application/pdf");

        detected = "application/x-tika-ooxml";
        Document word = service.receive("Statement.DOCX", new ByteArrayInputStream(OfficeFiles.docx()),
                DocumentPurpose.CASE_DOCUMENT);
        assertThat(word.getOriginalName()).isEqualTo("Statement.docx");
        assertThat(word.getMediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void content_whose_name_is_not_of_its_type_is_refused_before_anything_is_written() {
        detected = "application/zip";
        assertThatThrownBy(() -> service.receive("archive.pdf", new ByteArrayInputStream(OfficeFiles.plainZip()),
                DocumentPurpose.CASE_DOCUMENT)).hasMessage("document.refused.type.case_document");
        detected = "application/x-tika-ooxml";
        assertThatThrownBy(() -> service.receive("Refusal letter.hta",
                new ByteArrayInputStream(OfficeFiles.scriptPackage()), DocumentPurpose.CASE_DOCUMENT))
                .hasMessage("document.refused.type.case_document");
        assertThat(files).isEmpty();
    }

    @Test
    void a_package_that_fails_its_inspection_is_removed_from_the_store_again() {
        detected = "application/x-tika-ooxml";
        assertThatThrownBy(() -> service.receive("letter.docx", new ByteArrayInputStream(OfficeFiles.docm()),
                DocumentPurpose.CASE_DOCUMENT)).hasMessage("document.refused.type.case_document");
        assertThatThrownBy(() -> service.receive("statement.docx",
                new ByteArrayInputStream(OfficeFiles.docxWithZeros(200L * 1024 * 1024)), DocumentPurpose.CASE_DOCUMENT))
                .hasMessage("document.refused.package");
        assertThat(files).as("streamed to the store, then removed").isEmpty();
    }

    @Test
    void a_document_stored_under_a_name_not_of_its_type_is_offered_with_its_type_s_extension() throws Exception {
        // As the probe's file was kept before names had to match: an Office package named .hta.
        byte[] bytes = OfficeFiles.scriptPackage();
        files.put("legacy", bytes);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Document legacy = new Document("legacy", "Refusal letter.hta", "application/x-tika-ooxml", bytes.length, sha,
                clock.instant(), 7L, "test-key");
        var sink = new RecordingSink();

        service.deliver(legacy, DocumentPurpose.CASE_DOCUMENT, sink);

        assertThat(sink.fileName).isEqualTo("Refusal letter.hta.docx");
    }

    private boolean scannerReachable = true;

    /** Flags a file containing the marker, seen across chunk boundaries. */
    private final class MarkerScanner implements VirusScanner {
        @Override
        public Scan begin() throws IOException {
            if (!scannerReachable) {
                throw new IOException("connection refused");
            }
            var seen = new ByteArrayOutputStream();
            return new Scan() {
                @Override
                public void feed(byte[] buffer, int offset, int length) {
                    seen.write(buffer, offset, length);
                }

                @Override
                public Optional<String> finish() {
                    return seen.toString(java.nio.charset.StandardCharsets.ISO_8859_1).contains("INFECTED-MARKER")
                            ? Optional.of("Test.Marker")
                            : Optional.empty();
                }

                @Override
                public void close() {}
            };
        }
    }

    private final class FailingStore implements DocumentStore {

        @Override
        public String write(String storageName, InputStream content) throws IOException {
            files.put(storageName, content.readAllBytes());
            return "test-key";
        }

        @Override
        public boolean authenticates(String keyId) {
            return storeAuthenticates;
        }

        @Override
        public InputStream read(String storageName, String keyId) {
            byte[] bytes = files.get(storageName);
            reads++;
            return new InputStream() {
                private int position;

                @Override
                public int read() throws IOException {
                    if (position > failBeyond) {
                        throw new IOException("tag mismatch");
                    }
                    return position < bytes.length ? bytes[position++] & 0xff : -1;
                }
            };
        }

        @Override
        public void delete(String storageName) {
            files.remove(storageName);
        }

        @Override
        public boolean exists(String storageName) {
            return files.containsKey(storageName);
        }
    }

    private static final class RecordingSink implements DocumentSink {
        boolean opened;
        boolean closed;
        String fileName;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public OutputStream open(String fileName, String mediaType, long length) {
            opened = true;
            this.fileName = fileName;
            return new OutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void close() {
                    closed = true;
                }
            };
        }
    }
}
