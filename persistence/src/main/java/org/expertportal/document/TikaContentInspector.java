package org.expertportal.document;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Media types from magic bytes with Apache Tika's core detector. No file name is given to Tika, so
 * a renamed executable is recognised for what it is.
 */
@Component
class TikaContentInspector implements ContentInspector {

    private final Tika tika = new Tika();

    @Override
    public String detectMediaType(InputStream head) throws IOException {
        if (!head.markSupported()) {
            throw new IllegalArgumentException("the stream must support mark and reset");
        }
        return tika.detect(head);
    }
}
