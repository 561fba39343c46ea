package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.expertportal.account.Account;
import org.expertportal.account.AccountRepository;
import org.expertportal.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The copy of a filesystem store to S3 (docs/adr/043), against the real schema on MariaDB and
 * a real S3-compatible server: every document of the table arrives byte for byte, reads back
 * through the S3 store as it read from disk, and a second run finds everything in place.
 */
@SpringBootTest
class DocumentCopyToS3IT {

    private static final String KEYS = "k2025:" + DocumentStoreContract.randomKey();

    @TempDir
    static Path objects;

    private static TestS3Server server;
    private static S3Client client;

    @TempDir
    Path dataDir;

    @Autowired
    DataSource dataSource;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PlatformTransactionManager transactionManager;

    private JdbcTemplate jdbc;
    private String bucket;
    private FileSystemDocumentStore files;
    private S3DocumentStore s3;
    private long uploader;
    private final List<String> rows = new ArrayList<>();
    private List<String> others;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestS3Server.start(objects);
        client = server.client();
    }

    @AfterAll
    static void stopServer() throws Exception {
        client.close();
        server.close();
    }

    @BeforeEach
    void storesAndAnUploader() throws Exception {
        jdbc = new JdbcTemplate(dataSource);
        bucket = server.newBucket(client);
        files = new FileSystemDocumentStore(dataDir, DocumentKeys.parse(KEYS, null));
        // The copy reads the whole table: rows other tests left on a shared server get a file here too.
        others = jdbc.queryForList("SELECT storage_name FROM document", String.class);
        for (String name : others) {
            Files.writeString(files.storedFile(name), "another test's document");
        }
        s3 = new S3DocumentStore(server.settings(bucket), DocumentKeys.parse(KEYS, null));
        uploader = new TransactionTemplate(transactionManager).execute(status -> accounts.save(new Account(
                "copy-" + UUID.randomUUID() + "@firm.test", "Uploader", Role.STAFF, Instant.parse("2026-11-02T09:00:00Z"))).getId());
    }

    @AfterEach
    void removeRows() {
        rows.forEach(name -> jdbc.update("DELETE FROM document WHERE storage_name = ?", name));
        jdbc.update("DELETE FROM account WHERE id = ?", uploader);
    }

    @Test
    void every_document_is_copied_verified_and_read_back_through_the_s3_store_and_a_second_run_copies_nothing()
            throws Exception {
        String small = document("%PDF-1.7 a small report");
        String large = UUID.randomUUID().toString();
        String largeKey = files.write(large, new DocumentStoreContract.GeneratedStream(20L * 1024 * 1024));
        row(large, largeKey);
        String legacy = UUID.randomUUID().toString();
        Files.writeString(files.storedFile(legacy), "%PDF-1.4 stored before encryption");
        row(legacy, null);

        var first = copy();

        int n = others.size();
        assertThat(first.summary()).isEqualTo(new DocumentCopyToS3.Summary(n + 3, n + 3, 0, 0, 0));
        assertThat(first.output()).contains("Copy of documents to S3 complete");
        assertThat(DocumentStoreContract.readAll(s3, small, "k2025")).isEqualTo("%PDF-1.7 a small report");
        assertThat(DocumentStoreContract.readAll(s3, legacy, null)).isEqualTo("%PDF-1.4 stored before encryption");
        try (var fromS3 = s3.read(large, largeKey); var fromDisk = files.read(large, largeKey)) {
            assertThat(S3DocumentStore.sha256(fromS3)).isEqualTo(S3DocumentStore.sha256(fromDisk));
        }

        var second = copy();

        assertThat(second.summary()).isEqualTo(new DocumentCopyToS3.Summary(n + 3, 0, n + 3, 0, 0));
    }

    @Test
    void a_row_without_its_file_is_reported_and_a_damaged_earlier_copy_is_replaced() throws Exception {
        String damaged = document("%PDF-1.7 copied badly before");
        client.putObject(request -> request.bucket(bucket).key(S3DocumentStore.keyOf(damaged)),
                RequestBody.fromString("half a copy"));
        String lost = UUID.randomUUID().toString();
        row(lost, "k2025");

        var run = copy();

        int n = others.size();
        assertThat(run.summary()).isEqualTo(new DocumentCopyToS3.Summary(n + 2, n + 1, 0, 1, 0));
        assertThat(run.summary().complete()).isFalse();
        assertThat(run.output()).contains("missing on disk: " + lost).contains("INCOMPLETE");
        assertThat(DocumentStoreContract.readAll(s3, damaged, "k2025")).isEqualTo("%PDF-1.7 copied badly before");
    }

    @Test
    void the_command_runs_with_the_portals_settings_and_ends_with_exit_code_zero_when_complete() throws Exception {
        String name = document("%PDF-1.7 through the command");
        var db = (HikariDataSource) dataSource;
        var out = new StringBuilder();

        int exit = DocumentCopyCommand.run(line -> out.append(line).append('\n'),
                DocumentCopyCommand.SWITCH,
                "--spring.datasource.url=" + db.getJdbcUrl(),
                "--spring.datasource.username=" + db.getUsername(),
                "--spring.datasource.password=" + db.getPassword(),
                "--portal.data-dir=" + dataDir,
                "--portal.documents.s3.endpoint=" + server.endpoint(),
                "--portal.documents.s3.bucket=" + bucket,
                "--portal.documents.s3.access-key=" + TestS3Server.ACCESS_KEY,
                "--portal.documents.s3.secret-key=" + TestS3Server.SECRET_KEY);

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("copied and verified: " + (others.size() + 1) + ",");
        assertThat(DocumentStoreContract.readAll(s3, name, "k2025")).isEqualTo("%PDF-1.7 through the command");
    }

    private String document(String text) throws Exception {
        String name = UUID.randomUUID().toString();
        String keyId = files.write(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        row(name, keyId);
        return name;
    }

    private void row(String name, String keyId) {
        jdbc.update("""
                INSERT INTO document (storage_name, original_name, media_type, size_bytes, sha256, uploaded_at,
                                      uploaded_by, key_id)
                VALUES (?, 'report.pdf', 'application/pdf', 1, REPEAT('0', 64), CURRENT_TIMESTAMP(6), ?, ?)""",
                name, uploader, keyId);
        rows.add(name);
    }

    private record Run(DocumentCopyToS3.Summary summary, String output) {}

    private Run copy() {
        var out = new StringBuilder();
        var summary = new DocumentCopyToS3(dataSource, files, s3).copyAll(line -> out.append(line).append('\n'));
        return new Run(summary, out.toString());
    }
}
