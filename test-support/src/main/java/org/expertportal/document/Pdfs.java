package org.expertportal.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Real PDFs made with PDFBox, for every module's tests: each page carries the line "Anonymised
 * analysis, page N", low enough on the page (100 pt up) to fit any paper size, small or landscape.
 */
public final class Pdfs {

    private Pdfs() {}

    /** {@code pages} A4 pages. */
    public static byte[] withPages(int pages) {
        return withPages(pages, PDRectangle.A4);
    }

    /** {@code pages} pages of the given size. */
    public static byte[] withPages(int pages, PDRectangle size) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(size);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(50, 100);
                    content.showText("Anonymised analysis, page " + i);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
