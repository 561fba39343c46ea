package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared contract ({@link DocumentStoreContract}), plus what only the folder store has. */
class FileSystemDocumentStoreTest extends DocumentStoreContract {

    @TempDir
    Path dataDir;

    @Override
    DocumentStore store(String keys, String primary) {
        return new FileSystemDocumentStore(dataDir, keys, primary, false);
    }

    @Override
    byte[] storedBytes(String storageName) throws Exception {
        return Files.readAllBytes(dataDir.resolve("documents").resolve(storageName));
    }

    @Override
    void putStoredBytes(String storageName, byte[] bytes) throws Exception {
        Files.write(dataDir.resolve("documents").resolve(storageName), bytes);
    }

    @Override
    void assertNothingLeft() throws Exception {
        try (Stream<Path> files = Files.list(dataDir.resolve("documents"))) {
            assertThat(files).as("documents and partial uploads").isEmpty();
        }
    }

    @Test
    void a_document_is_a_file_named_by_its_storage_name_in_the_documents_folder() throws Exception {
        var store = store(OLD_KEY, null);
        String name = UUID.randomUUID().toString();

        store.write(name, new ByteArrayInputStream("%PDF-1.7 content".getBytes()));

        assertThat(Files.exists(dataDir.resolve("documents").resolve(name))).isTrue();
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
}
