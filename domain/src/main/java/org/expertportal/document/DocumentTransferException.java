package org.expertportal.document;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A download broke off while sending (the browser went away). The download stays recorded: it
 * was checked and it started, and a part of a document is still a copy.
 */
public class DocumentTransferException extends UncheckedIOException {

    public DocumentTransferException(IOException cause) {
        super(cause);
    }
}
