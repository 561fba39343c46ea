package org.expertportal.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Port: writes a copy of a PDF with a text stamped on every page; the original is only read. */
public interface PdfStamper {

    void stamp(InputStream original, OutputStream out, String stamp) throws IOException;
}
