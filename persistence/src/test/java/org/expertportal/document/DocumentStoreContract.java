package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.StreamingAead;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DocumentStore} promises, run against each adapter: the filesystem store and
 * the S3 store must behave alike, so that the copy command can move bytes between them as they
 * are and the portal cannot tell which one it runs on.
 */
abstract class DocumentStoreContract {

    static final String OLD_KEY = "k2025:" + randomKey();
    static final String NEW_KEY = "k2026:" + randomKey();

    /** A store with these keys ({@code id:base64,...}) and primary key id (null: the only one). */
    abstract DocumentStore store(String keys, String primary) throws Exception;

    /** The bytes as the store keeps them. */
    abstract byte[] storedBytes(String storageName) throws Exception;

    /** Puts bytes as they are under the name, as an attacker with access to the storage could. */
    abstract void putStoredBytes(String storageName, byte[] bytes) throws Exception;

    /** Asserts that the storage holds nothing at all: no document, no partial upload or file. */
    abstract void assertNothingLeft() throws Exception;

    @Test
    void a_document_is_written_read_back_and_deleted_under_its_storage_name() throws Exception {
        var store = store(OLD_KEY, null);
        String name = UUID.randomUUID().toString();

        String keyId = store.write(name, new ByteArrayInputStream("%PDF-1.7 content".getBytes()));

        assertThat(keyId).as("the key, and 64 KB segments (docs/adr/048)").isEqualTo("k2025/64k");
        assertThat(store.authenticates(keyId)).as("its reads prove the file whole (docs/adr/050)").isTrue();
        assertThat(store.exists(name)).isTrue();
        assertThat(readAll(store, name, keyId)).isEqualTo("%PDF-1.7 content");
        store.delete(name);
        assertThat(store.exists(name)).isFalse();
        assertThatThrownBy(() -> readAll(store, name, keyId)).isInstanceOf(IOException.class);
        assertNothingLeft();
    }

    @Test
    void the_stored_bytes_are_ciphertext_with_no_trace_of_the_pdf() throws Exception {
        var store = store(OLD_KEY, null);
        String name = UUID.randomUUID().toString();
        byte[] plain = ("%PDF-1.7 " + "confidential ".repeat(200_000)).getBytes();

        String keyId = store.write(name, new ByteArrayInputStream(plain));

        byte[] stored = storedBytes(name);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF").doesNotContain("confidential");
        assertThat(stored.length).as("a few bytes of header and tags per 64 KB segment").isGreaterThan(plain.length);
        try (InputStream in = store.read(name, keyId)) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
    }

    @Test
    void fifty_megabytes_stream_through_and_come_back_the_same() throws Exception {
        var store = store(OLD_KEY, null);
        String name = UUID.randomUUID().toString();
        long size = 50L * 1024 * 1024;
        MessageDigest sent = MessageDigest.getInstance("SHA-256");

        String keyId = store.write(name, new DigestInputStream(new GeneratedStream(size), sent));

        MessageDigest received = MessageDigest.getInstance("SHA-256");
        long count;
        try (InputStream in = new DigestInputStream(store.read(name, keyId), received)) {
            count = in.transferTo(OutputStream.nullOutputStream());
        }
        assertThat(count).isEqualTo(size);
        assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(HexFormat.of().formatHex(sent.digest()));
    }

    @Test
    void a_changed_byte_fails_the_read_instead_of_returning_wrong_bytes() throws Exception {
        var store = store(OLD_KEY, null);
        String name = UUID.randomUUID().toString();
        String keyId = store.write(name, new ByteArrayInputStream("%PDF-1.7 the original text".getBytes()));
        byte[] bytes = storedBytes(name);
        bytes[bytes.length - 20] ^= 0x01;
        putStoredBytes(name, bytes);

        assertThatThrownBy(() -> readAll(store, name, keyId)).isInstanceOf(IOException.class);
    }

    @Test
    void a_document_cut_short_fails_the_read() throws Exception {
        var store = store(OLD_KEY, null);
        String name = UUID.randomUUID().toString();
        String keyId = store.write(name, new GeneratedStream(3L * 1024 * 1024));
        byte[] bytes = storedBytes(name);
        putStoredBytes(name, Arrays.copyOf(bytes, 2 * 1024 * 1024));

        assertThatThrownBy(() -> {
            try (InputStream in = store.read(name, keyId)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void a_document_stored_under_another_documents_name_does_not_decrypt() throws Exception {
        var store = store(OLD_KEY, null);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String keyId = store.write(first, new ByteArrayInputStream("%PDF-1.7 first".getBytes()));
        store.write(second, new ByteArrayInputStream("%PDF-1.7 second".getBytes()));

        putStoredBytes(second, storedBytes(first));

        assertThatThrownBy(() -> readAll(store, second, keyId)).isInstanceOf(IOException.class);
    }

    @Test
    void a_document_written_with_the_old_key_is_read_after_a_new_primary_key() throws Exception {
        String name = UUID.randomUUID().toString();
        String oldKeyId = store(OLD_KEY, null).write(name, new ByteArrayInputStream("%PDF-1.7 from 2025".getBytes()));

        var rotated = store(OLD_KEY + "," + NEW_KEY, "k2026");
        String newName = UUID.randomUUID().toString();
        String newKeyId = rotated.write(newName, new ByteArrayInputStream("%PDF-1.7 from 2026".getBytes()));

        assertThat(oldKeyId).isEqualTo("k2025/64k");
        assertThat(newKeyId).isEqualTo("k2026/64k");
        assertThat(readAll(rotated, name, oldKeyId)).isEqualTo("%PDF-1.7 from 2025");
        assertThat(readAll(rotated, newName, newKeyId)).isEqualTo("%PDF-1.7 from 2026");
        var retired = store(NEW_KEY, null);
        assertThatThrownBy(() -> readAll(retired, name, oldKeyId))
                .as("a retired key that is no longer configured").hasMessageContaining("not configured");
    }

    @Test
    void a_document_written_in_1_mb_segments_before_is_read_with_the_key_id_as_configured() throws Exception {
        // As the stores wrote until docs/adr/048: the same key, 1 MB segments, the id alone.
        var store = store(OLD_KEY, null);
        String name = UUID.randomUUID().toString();
        byte[] plain = ("%PDF-1.7 " + "written in 2026 ".repeat(150_000)).getBytes(StandardCharsets.US_ASCII);
        var encrypted = new ByteArrayOutputStream();
        StreamingAead firstFormat = DocumentKeysTestAccess.aead(OLD_KEY, 1024 * 1024);
        try (OutputStream out = firstFormat.newEncryptingStream(encrypted,
                FileSystemDocumentStore.associatedData(name))) {
            out.write(plain);
        }
        putStoredBytes(name, encrypted.toByteArray());

        try (InputStream in = store.read(name, "k2025")) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
        assertThatThrownBy(() -> {
            try (InputStream in = store.read(name, "k2025/64k")) {
                in.readAllBytes();
            }
        }).as("read in the other segment size").isInstanceOf(IOException.class);
    }

    @Test
    void a_document_stored_before_encryption_is_read_as_it_is() throws Exception {
        var store = store(OLD_KEY, null);
        String name = UUID.randomUUID().toString();
        putStoredBytes(name, "%PDF-1.4 legacy".getBytes());

        assertThat(readAll(store, name, null)).isEqualTo("%PDF-1.4 legacy");
        assertThat(store.authenticates(null)).as("nothing proves it: the service compares its SHA-256").isFalse();
    }

    @Test
    void a_stream_that_breaks_off_leaves_nothing_at_all() throws Exception {
        var store = store(OLD_KEY, null);
        String name = UUID.randomUUID().toString();
        // Past two 8 MB parts, so that a multipart upload with parts is under way when it breaks.
        InputStream breaking = new GeneratedStream(20L * 1024 * 1024) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (position() > 19L * 1024 * 1024) {
                    throw new IOException("connection reset");
                }
                return super.read(buffer, offset, length);
            }
        };

        assertThatThrownBy(() -> store.write(name, breaking)).hasMessageContaining("connection reset");

        assertThat(store.exists(name)).isFalse();
        assertNothingLeft();
    }

    @Test
    void only_server_generated_names_reach_the_storage() throws Exception {
        var store = store(OLD_KEY, null);
        assertThatThrownBy(() -> store.read("../../etc/passwd", "k2025")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.write("cv.pdf", InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.exists("documents/../x")).isInstanceOf(IllegalArgumentException.class);
    }

    static String readAll(DocumentStore store, String name, String keyId) throws IOException {
        try (InputStream in = store.read(name, keyId)) {
            return new String(in.readAllBytes());
        }
    }

    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** Pseudo-random bytes made as they are read: a large document without a large array. */
    static class GeneratedStream extends InputStream {

        private final long size;
        private long position;
        private long state = 0x9E3779B97F4A7C15L;

        GeneratedStream(long size) {
            this.size = size;
        }

        long position() {
            return position;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                buffer[offset + i] = (byte) state;
            }
            position += count;
            return count;
        }
    }
}
