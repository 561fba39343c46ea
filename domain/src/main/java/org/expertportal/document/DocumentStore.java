package org.expertportal.document;

import java.io.IOException;
import java.io.InputStream;

/**
 * Port: where document bytes live (a folder under the data directory today), encrypted at rest.
 * Names are chosen by {@link DocumentService}; the store never interprets them.
 */
public interface DocumentStore {

    /**
     * Copies the stream, encrypted with the current key, into a new document under
     * {@code storageName}. When anything fails (the stream included), nothing is left under that
     * name or anywhere else.
     *
     * @return the id of the key the document was encrypted with, to keep with the document
     */
    String write(String storageName, InputStream content) throws IOException;

    /**
     * The document's plaintext, decrypted while it is read. A file that was changed, swapped with
     * another document's or cut short fails with an {@link IOException} at the latest when its
     * damaged part is read, never with wrong bytes.
     *
     * @param keyId the id {@link #write} returned, or null for a document stored before
     *     encryption (read as it is on disk)
     */
    InputStream read(String storageName, String keyId) throws IOException;

    /**
     * Whether {@link #read} itself proves a document whole for this key id: every piece
     * authenticated, bound to its storage name, the end of the file included (docs/adr/050). The
     * service then does not hash it again on its way out; it still compares the recorded SHA-256
     * of documents it cannot prove (those stored before encryption). None by default.
     */
    default boolean authenticates(String keyId) {
        return false;
    }

    /** Removes the document if it exists; used to undo a refused or failed upload. */
    void delete(String storageName);

    boolean exists(String storageName);
}
