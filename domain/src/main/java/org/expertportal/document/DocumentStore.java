package org.expertportal.document;

import java.io.IOException;
import java.io.InputStream;

/**
 * Port: where document bytes live (a folder under the data directory today). Names are chosen by
 * {@link DocumentService}; the store never interprets them.
 */
public interface DocumentStore {

    /**
     * Copies the stream into a new document under {@code storageName}. When anything fails (the
     * stream included), nothing is left under that name or anywhere else.
     */
    void write(String storageName, InputStream content) throws IOException;

    InputStream read(String storageName) throws IOException;

    /** Removes the document if it exists; used to undo a refused or failed upload. */
    void delete(String storageName);

    boolean exists(String storageName);
}
