package org.expertportal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.expertportal.account.Account;
import org.expertportal.account.AccountLookup;
import org.expertportal.account.AccountRepository;
import org.expertportal.account.Organisation;
import org.expertportal.account.OrganisationRepository;
import org.expertportal.audit.AuditAction;
import org.expertportal.audit.AuditTrail;
import org.expertportal.audit.InMemoryAuditEvents;
import org.expertportal.document.Document;
import org.expertportal.document.DocumentDamagedException;
import org.expertportal.document.DocumentDownload;
import org.expertportal.document.DocumentDownloadRepository;
import org.expertportal.document.DocumentPurpose;
import org.expertportal.document.DocumentRepository;
import org.expertportal.document.DocumentService;
import org.expertportal.document.DocumentSink;
import org.expertportal.document.DocumentStore;
import org.expertportal.document.VirusScanner;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.personaldata.DataExport;
import org.expertportal.personaldata.ExportSection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The export reads each document once, straight into the archive (docs/adr/048): the store counts
 * its reads. A document that fails before its first byte is left out and named as unavailable; one
 * that fails midway leaves the archive unfinished, for the response to be aborted.
 */
class DataExportServiceTest {

    private static final long CLIENT_ID = 41L;
    /** Larger than the 64 KB a copy holds back, four times over: bytes leave before the end is read. */
    private static final byte[] LARGE = pdf(256 * 1024 + 17, 'L');
    private static final byte[] SMALL = pdf(10_000, 'S');

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
    private final CountingStore store = new CountingStore();
    private final InMemoryAuditEvents audited = new InMemoryAuditEvents();
    private final List<Object> published = new ArrayList<>();
    private final CurrentUser client = new CurrentUser() {
        @Override
        public Optional<Long> accountId() {
            return Optional.of(CLIENT_ID);
        }

        @Override
        public boolean hasRole(Role role) {
            return role == Role.CLIENT;
        }
    };
    private final DocumentService documents = new DocumentService(new NoDocumentRows(), new NoDownloadRows(), store,
            head -> "application/pdf", (in, out, stamp) -> in.transferTo(out), new CleanScanner(), client,
            new AuditTrail(audited, client, Optional::empty, clock), clock);
    private final Map<String, Document> stored = new LinkedHashMap<>();
    private DataExportService export;

    @BeforeEach
    void aClientWithThreeDocuments() {
        Account me = withId(new Account("client@example.test", "Client", Role.CLIENT, clock.instant()), CLIENT_ID);
        stored.put("documents/first.pdf", documents.receive("first.pdf", new ByteArrayInputStream(LARGE),
                DocumentPurpose.REPORT));
        stored.put("documents/second.pdf", documents.receive("second.pdf", new ByteArrayInputStream(SMALL),
                DocumentPurpose.CASE_DOCUMENT));
        stored.put("documents/third.pdf", documents.receive("third.pdf", new ByteArrayInputStream(LARGE),
                DocumentPurpose.REPORT));
        ExportSection section = new ExportSection() {
            @Override
            public int order() {
                return 1;
            }

            @Override
            public void addTo(DataExport data) {
                stored.forEach((path, document) -> data.document(document, DocumentPurpose.CASE_DOCUMENT, path));
            }
        };
        export = new DataExportService(new AccountLookup(new OneAccount(me), new NoOrganisations()),
                List.of(section), documents, client, published::add, clock);
        store.reads.clear();
        audited.saved.clear();
    }

    @Test
    void each_document_is_read_once_straight_into_the_archive() throws IOException {
        var sink = new ArchiveSink();

        export.exportMine(sink);

        assertThat(store.reads).as("reads of each stored file").containsOnlyKeys(storageNames())
                .allSatisfy((name, reads) -> assertThat(reads).isEqualTo(1));
        Map<String, byte[]> entries = sink.entries();
        assertThat(entries.get("documents/first.pdf")).isEqualTo(LARGE);
        assertThat(entries.get("documents/second.pdf")).isEqualTo(SMALL);
        assertThat(entries.get("documents/third.pdf")).isEqualTo(LARGE);
        assertThat(audited.actions()).containsExactly(AuditAction.DOCUMENT_DOWNLOADED,
                AuditAction.DOCUMENT_DOWNLOADED, AuditAction.DOCUMENT_DOWNLOADED);
        assertThat(published).hasSize(1);
    }

    @Test
    void a_document_that_fails_before_its_first_byte_is_left_out_and_named_as_unavailable() throws IOException {
        store.failBeyond.put(stored.get("documents/second.pdf").getStorageName(), 100);
        var sink = new ArchiveSink();

        export.exportMine(sink);

        Map<String, byte[]> entries = sink.entries();
        assertThat(entries).containsOnlyKeys("account.json", "documents/first.pdf",
                "documents/second.pdf.unavailable.txt", "documents/third.pdf");
        assertThat(entries.get("documents/third.pdf")).isEqualTo(LARGE);
        assertThat(store.reads).allSatisfy((name, reads) -> assertThat(reads).isEqualTo(1));
        assertThat(audited.actions()).containsExactly(AuditAction.DOCUMENT_DOWNLOADED,
                AuditAction.DOCUMENT_INTEGRITY_FAILED, AuditAction.DOCUMENT_DOWNLOADED);
    }

    @Test
    void a_document_that_fails_midway_leaves_the_archive_unfinished_for_the_response_to_be_aborted() {
        store.failBeyond.put(stored.get("documents/first.pdf").getStorageName(), 3 * 64 * 1024);
        var sink = new ArchiveSink();

        assertThatThrownBy(() -> export.exportMine(sink)).isInstanceOf(DocumentDamagedException.class);

        assertThat(sink.closed).as("a finished archive would hold a cut-off file as if it were whole").isFalse();
        assertThat(published).isEmpty();
        assertThat(audited.actions()).containsExactly(AuditAction.DOCUMENT_DOWNLOADED,
                AuditAction.DOCUMENT_INTEGRITY_FAILED);
    }

    private List<String> storageNames() {
        return stored.values().stream().map(Document::getStorageName).toList();
    }

    private static byte[] pdf(int length, char fill) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) fill);
        byte[] head = "%PDF-1.7 ".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static Account withId(Account account, long id) {
        try {
            Field field = Account.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
            return account;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** In memory, counting how often each file is read; a file may fail past a position. */
    private static final class CountingStore implements DocumentStore {
        final Map<String, byte[]> files = new HashMap<>();
        final Map<String, Integer> reads = new HashMap<>();
        final Map<String, Integer> failBeyond = new HashMap<>();

        @Override
        public String write(String storageName, InputStream content) throws IOException {
            files.put(storageName, content.readAllBytes());
            return "test-key";
        }

        @Override
        public InputStream read(String storageName, String keyId) {
            reads.merge(storageName, 1, Integer::sum);
            byte[] bytes = files.get(storageName);
            int fails = failBeyond.getOrDefault(storageName, Integer.MAX_VALUE);
            return new InputStream() {
                private int position;

                @Override
                public int read() throws IOException {
                    if (position > fails) {
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

    /** The response: the archive's bytes, and whether it was closed (ended as complete). */
    private static final class ArchiveSink implements DocumentSink {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean closed;

        @Override
        public OutputStream open(String fileName, String mediaType, long length) {
            return new OutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int offset, int count) {
                    bytes.write(b, offset, count);
                }

                @Override
                public void close() {
                    closed = true;
                }
            };
        }

        Map<String, byte[]> entries() throws IOException {
            assertThat(closed).as("the archive was finished").isTrue();
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
            return entries;
        }
    }

    private static final class CleanScanner implements VirusScanner {
        @Override
        public Scan begin() {
            return new Scan() {
                @Override
                public void feed(byte[] buffer, int offset, int length) {}

                @Override
                public Optional<String> finish() {
                    return Optional.empty();
                }

                @Override
                public void close() {}
            };
        }
    }

    private static final class NoDocumentRows implements DocumentRepository {
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
    }

    private static final class NoDownloadRows implements DocumentDownloadRepository {
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
    }

    private record OneAccount(Account account) implements AccountRepository {
        @Override
        public Optional<Account> findByEmail(String email) {
            return Optional.of(account).filter(a -> a.getEmail().equals(email));
        }

        @Override
        public Optional<Account> findById(Long id) {
            return Optional.of(account).filter(a -> a.getId().equals(id));
        }

        @Override
        public boolean existsByRole(Role role) {
            return account.getRole() == role;
        }

        @Override
        public long countByRole(Role role) {
            return existsByRole(role) ? 1 : 0;
        }

        @Override
        public Account save(Account saved) {
            return saved;
        }

        @Override
        public List<Account> findByOrganisationIdOrderByDisplayNameAsc(Long organisationId) {
            return List.of();
        }

        @Override
        public long countByOrganisationId(Long organisationId) {
            return 0;
        }
    }

    private static final class NoOrganisations implements OrganisationRepository {
        @Override
        public Optional<Organisation> findById(Long id) {
            return Optional.empty();
        }

        @Override
        public Organisation save(Organisation organisation) {
            return organisation;
        }

        @Override
        public List<Organisation> findAllByOrderByNameAsc() {
            return List.of();
        }

        @Override
        public boolean existsByNameIgnoreCase(String name) {
            return false;
        }
    }
}
