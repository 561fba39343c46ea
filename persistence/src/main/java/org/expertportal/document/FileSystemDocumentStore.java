package org.expertportal.document;

import com.google.crypto.tink.StreamingAead;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Documents as files in {@code <portal.data-dir>/documents}, one file per document, named by the
 * server-generated storage name only, encrypted with the primary {@link DocumentKeys document key}
 * while they stream in and decrypted while they stream out (never whole in memory). The storage
 * name is the associated data: a file moved under another document's name fails to decrypt. A
 * write goes to a temporary file in the same folder and is moved into place when complete, so
 * that a broken upload never leaves a half file under a name. The default store; {@code
 * PORTAL_DOCUMENT_STORE=s3} chooses {@link S3DocumentStore} instead (docs/adr/043).
 */
class FileSystemDocumentStore implements DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(FileSystemDocumentStore.class);
    /** Storage names are UUIDs; anything else is refused before it reaches the file system. */
    private static final Pattern STORAGE_NAME = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    private final Path folder;
    private final DocumentKeys keys;

    FileSystemDocumentStore(Path dataDir,
            String configuredKeys,
            String primaryKey,
            boolean generateKey) {
        this(dataDir, DocumentKeys.load(configuredKeys, primaryKey, generateKey, dataDir.resolve("keys")));
    }

    FileSystemDocumentStore(Path dataDir, DocumentKeys keys) {
        this.keys = keys;
        this.folder = dataDir.resolve("documents").toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the document folder " + folder, e);
        }
    }

    @Override
    public String write(String storageName, InputStream content) throws IOException {
        Path target = pathOf(storageName);
        Path partial = Files.createTempFile(folder, "upload-", ".partial");
        try {
            try (OutputStream out = keys.primary().newEncryptingStream(Files.newOutputStream(partial),
                    associatedData(storageName))) {
                content.transferTo(out);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return keys.primaryId();
        } catch (GeneralSecurityException e) {
            Files.deleteIfExists(partial);
            throw new IOException("cannot encrypt", e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /** Tink's streaming AEAD authenticates every segment, the end and the storage name (docs/adr/050). */
    @Override
    public boolean authenticates(String keyId) {
        return keyId != null;
    }

    @Override
    public InputStream read(String storageName, String keyId) throws IOException {
        Path file = pathOf(storageName);
        if (keyId == null) {
            // Stored before encryption (docs/adr/013): read as it is.
            return Files.newInputStream(file);
        }
        StreamingAead key = keys.byId(keyId)
                .orElseThrow(() -> new IOException("document key " + keyId + " is not configured"));
        InputStream encrypted = Files.newInputStream(file);
        try {
            return key.newDecryptingStream(encrypted, associatedData(storageName));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            encrypted.close();
            throw e instanceof IOException io ? io : new IOException("cannot decrypt", e);
        }
    }

    /** Binds the ciphertext to the row's unique, never-changing storage name (the S3 store's too). */
    static byte[] associatedData(String storageName) {
        return ("expert-portal document " + storageName).getBytes(StandardCharsets.UTF_8);
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

    /** The file as stored (ciphertext, or plaintext from before encryption), for the copy to S3. */
    Path storedFile(String storageName) {
        return pathOf(storageName);
    }

    private Path pathOf(String storageName) {
        if (storageName == null || !STORAGE_NAME.matcher(storageName).matches()) {
            throw new IllegalArgumentException("not a storage name");
        }
        return folder.resolve(storageName);
    }
}
