package org.expertportal.document;

import java.io.IOException;
import java.util.Optional;

/**
 * Port: a virus scanner that uploads stream through on their way to the store (ClamAV when one is
 * configured; otherwise every file passes). A scanner that is configured but cannot be reached
 * fails the upload: nothing unscanned is accepted.
 */
public interface VirusScanner {

    /** Starts the scan of one file; its bytes follow through {@link Scan#feed}. */
    Scan begin() throws IOException;

    /** One file's scan, fed while the file streams to the store. */
    interface Scan extends AutoCloseable {

        void feed(byte[] buffer, int offset, int length) throws IOException;

        /**
         * Ends the file and waits for the verdict.
         *
         * @return the name of what was found, or empty when the file is clean
         */
        Optional<String> finish() throws IOException;

        @Override
        void close();
    }
}
