package org.expertportal.document;

import java.io.IOException;
import java.io.InputStream;

/** Port: the media type of a file, detected from its first bytes ("magic"), never from its name. */
public interface ContentInspector {

    /**
     * @param head a stream that supports mark and reset; it is reset to where it was on return
     * @return a media type such as {@code application/pdf}, or {@code application/octet-stream}
     */
    String detectMediaType(InputStream head) throws IOException;
}
