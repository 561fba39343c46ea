package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemDocumentStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void a_document_is_written_read_back_and_deleted_under_its_storage_name() throws Exception {
        var store = new FileSystemDocumentStore(dataDir);
        String name = UUID.randomUUID().toString();

        store.write(name, new ByteArrayInputStream("%PDF-1.7 content".getBytes()));

        assertThat(store.exists(name)).isTrue();
        assertThat(Files.exists(dataDir.resolve("documents").resolve(name))).isTrue();
        try (InputStream in = store.read(name)) {
            assertThat(new String(in.readAllBytes())).isEqualTo("%PDF-1.7 content");
        }
        store.delete(name);
        assertThat(store.exists(name)).isFalse();
    }

    @Test
    void a_stream_that_breaks_off_leaves_no_file_at_all() throws Exception {
        var store = new FileSystemDocumentStore(dataDir);
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
        var store = new FileSystemDocumentStore(dataDir);
        assertThatThrownBy(() -> store.read("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.write("cv.pdf", InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
