package org.expertportal.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Documents as files in {@code <portal.data-dir>/documents}, one file per document, named by the
 * server-generated storage name only. A write goes to a temporary file in the same folder and is
 * moved into place when complete, so that a broken upload never leaves a half file under a name.
 */
@Component
class FileSystemDocumentStore implements DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(FileSystemDocumentStore.class);
    /** Storage names are UUIDs; anything else is refused before it reaches the file system. */
    private static final Pattern STORAGE_NAME = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    private final Path folder;

    FileSystemDocumentStore(@Value("${portal.data-dir:./data}") Path dataDir) {
        this.folder = dataDir.resolve("documents").toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the document folder " + folder, e);
        }
    }

    @Override
    public void write(String storageName, InputStream content) throws IOException {
        Path target = pathOf(storageName);
        Path partial = Files.createTempFile(folder, "upload-", ".partial");
        try {
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    @Override
    public InputStream read(String storageName) throws IOException {
        return Files.newInputStream(pathOf(storageName));
    }

    @Override
    public void delete(String storageName) {
        try {
            Files.deleteIfExists(pathOf(storageName));
        } catch (IOException e) {
            log.error("Document {} could not be deleted: {}", storageName, e.getMessage());
        }
    }

    @Override
    public boolean exists(String storageName) {
        return Files.exists(pathOf(storageName));
    }

    Path folder() {
        return folder;
    }

    private Path pathOf(String storageName) {
        if (storageName == null || !STORAGE_NAME.matcher(storageName).matches()) {
            throw new IllegalArgumentException("not a storage name");
        }
        return folder.resolve(storageName);
    }
}
