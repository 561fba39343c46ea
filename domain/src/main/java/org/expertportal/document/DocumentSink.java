package org.expertportal.document;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a download goes: an HTTP response in the web module. {@link #open} is called only after
 * access was checked, the first bytes of the file passed their check and the download was
 * recorded, so that a refused download sends no byte.
 */
@FunctionalInterface
public interface DocumentSink {

    /**
     * @param fileName the sanitised name to offer the user
     * @param length the number of bytes that follow, or -1 when not known in advance (stamped copies)
     */
    OutputStream open(String fileName, String mediaType, long length) throws IOException;
}
