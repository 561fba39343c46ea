package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemDocumentStoreTest {

    private static final String OLD_KEY = "k2025:" + randomKey();
    private static final String NEW_KEY = "k2026:" + randomKey();

    @TempDir
    Path dataDir;

    @Test
    void a_document_is_written_read_back_and_deleted_under_its_storage_name() throws Exception {
        var store = store(OLD_KEY, null);
        String name = UUID.randomUUID().toString();

        String keyId = store.write(name, new ByteArrayInputStream("%PDF-1.7 content".getBytes()));

        assertThat(keyId).isEqualTo("k2025");
        assertThat(store.exists(name)).isTrue();
        assertThat(Files.exists(dataDir.resolve("documents").resolve(name))).isTrue();
        assertThat(readAll(store, name, keyId)).isEqualTo("%PDF-1.7 content");
        store.delete(name);
        assertThat(store.exists(name)).isFalse();
    }

    @Test
    void the_file_on_disk_is_ciphertext_with_no_trace_of_the_pdf() throws Exception {
        var store = store(OLD_KEY, null);
        String name = UUID.randomUUID().toString();
        byte[] plain = ("%PDF-1.7 " + "confidential ".repeat(200_000)).getBytes();

        String keyId = store.write(name, new ByteArrayInputStream(plain));

        byte[] onDisk = Files.readAllBytes(dataDir.resolve("documents").resolve(name));
        assertThat(new String(onDisk, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("%PDF").doesNotContain("confidential");
        assertThat(onDisk.length).as("a few bytes of header and tags per 1 MB segment").isGreaterThan(plain.length);
        try (InputStream in = store.read(name, keyId)) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
    }

    @Test
    void a_changed_byte_fails_the_read_instead_of_returning_wrong_bytes() throws Exception {
        var store = store(OLD_KEY, null);
        String name = UUID.randomUUID().toString();
        String keyId = store.write(name, new ByteArrayInputStream("%PDF-1.7 the original text".getBytes()));
        Path file = dataDir.resolve("documents").resolve(name);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 20] ^= 0x01;
        Files.write(file, bytes);

        assertThatThrownBy(() -> readAll(store, name, keyId)).isInstanceOf(IOException.class);
    }

    @Test
    void a_file_moved_under_another_documents_name_does_not_decrypt() throws Exception {
        var store = store(OLD_KEY, null);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String keyId = store.write(first, new ByteArrayInputStream("%PDF-1.7 first".getBytes()));
        store.write(second, new ByteArrayInputStream("%PDF-1.7 second".getBytes()));

        Path folder = dataDir.resolve("documents");
        Files.copy(folder.resolve(first), folder.resolve(second), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> readAll(store, second, keyId)).isInstanceOf(IOException.class);
    }

    @Test
    void a_document_written_with_the_old_key_is_read_after_a_new_primary_key() throws Exception {
        String name = UUID.randomUUID().toString();
        String oldKeyId = store(OLD_KEY, null).write(name, new ByteArrayInputStream("%PDF-1.7 from 2025".getBytes()));

        var rotated = store(OLD_KEY + "," + NEW_KEY, "k2026");
        String newName = UUID.randomUUID().toString();
        String newKeyId = rotated.write(newName, new ByteArrayInputStream("%PDF-1.7 from 2026".getBytes()));

        assertThat(oldKeyId).isEqualTo("k2025");
        assertThat(newKeyId).isEqualTo("k2026");
        assertThat(readAll(rotated, name, oldKeyId)).isEqualTo("%PDF-1.7 from 2025");
        assertThat(readAll(rotated, newName, newKeyId)).isEqualTo("%PDF-1.7 from 2026");
        assertThatThrownBy(() -> readAll(store(NEW_KEY, null), name, oldKeyId))
                .as("a retired key that is no longer configured").hasMessageContaining("not configured");
    }

    @Test
    void a_file_stored_before_encryption_is_read_as_it_is() throws Exception {
        var store = store(OLD_KEY, null);
        String name = UUID.randomUUID().toString();
        Files.writeString(dataDir.resolve("documents").resolve(name), "%PDF-1.4 legacy");

        assertThat(readAll(store, name, null)).isEqualTo("%PDF-1.4 legacy");
    }

    @Test
    void without_configured_keys_only_development_profiles_get_a_generated_key_that_survives_restarts()
            throws Exception {
        assertThatThrownBy(() -> new FileSystemDocumentStore(dataDir, "", "", false))
                .hasMessageContaining("PORTAL_DOCUMENT_KEYS");
        var first = new FileSystemDocumentStore(dataDir, "", "", true);
        String name = UUID.randomUUID().toString();
        String keyId = first.write(name, new ByteArrayInputStream("%PDF-1.7 kept".getBytes()));

        var afterRestart = new FileSystemDocumentStore(dataDir, "", "", true);
        assertThat(readAll(afterRestart, name, keyId)).isEqualTo("%PDF-1.7 kept");
        assertThat(Files.exists(dataDir.resolve("keys").resolve("document-keys.txt"))).isTrue();
    }

    @Test
    void badly_configured_keys_stop_the_start_with_a_reason() {
        assertThatThrownBy(() -> DocumentKeys.parse("k1:not base64!", null)).hasMessageContaining("base64");
        assertThatThrownBy(() -> DocumentKeys.parse("k1:" + Base64.getEncoder().encodeToString(new byte[16]), null))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> DocumentKeys.parse(OLD_KEY + "," + NEW_KEY, null))
                .hasMessageContaining("PORTAL_DOCUMENT_PRIMARY_KEY");
        assertThatThrownBy(() -> DocumentKeys.parse(OLD_KEY, "k2030")).hasMessageContaining("names no configured key");
    }

    @Test
    void a_stream_that_breaks_off_leaves_no_file_at_all() throws Exception {
        var store = store(OLD_KEY, null);
        String name = UUID.randomUUID().toString();
        InputStream breaking = new InputStream() {
            int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 10_000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> store.write(name, breaking)).hasMessageContaining("connection reset");

        try (Stream<Path> files = Files.list(dataDir.resolve("documents"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void only_server_generated_names_reach_the_file_system() {
        var store = store(OLD_KEY, null);
        assertThatThrownBy(() -> store.read("../../etc/passwd", "k2025")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.write("cv.pdf", InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private FileSystemDocumentStore store(String keys, String primary) {
        return new FileSystemDocumentStore(dataDir, keys, primary, false);
    }

    private static String readAll(FileSystemDocumentStore store, String name, String keyId) throws IOException {
        try (InputStream in = store.read(name, keyId)) {
            return new String(in.readAllBytes());
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
