package org.expertportal.document;

import java.io.IOException;

/**
 * The stored file failed (tampered, damaged, cut short) while it was being sent, after some bytes
 * may have left. Whoever sends the response must abort it, never end it as if the document were
 * complete: the web module lets it reach the servlet container, which then drops the connection.
 */
public class DocumentDamagedException extends DocumentTransferException {

    public DocumentDamagedException(IOException cause) {
        super(cause);
    }
}
