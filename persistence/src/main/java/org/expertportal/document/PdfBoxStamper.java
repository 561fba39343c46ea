package org.expertportal.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.springframework.stereotype.Component;

/**
 * Stamps a copy of a PDF with PDFBox: a large pale diagonal stamp across each page and a small
 * line at its foot. The original is spooled to a temporary file (PDFBox needs random access) and
 * parsed with a file-only cache, so that a large document is not held in memory; the copy is
 * written straight to the output. The stamp is plain ASCII: the standard fonts carry no Cyrillic.
 */
@Component
class PdfBoxStamper implements PdfStamper {

    /**
     * Created at the first stamp, not at start: PDFBox maps the standard font onto a system font
     * the first time, which has no place in the portal's start (docs/adr/047).
     */
    private static final class Font {
        static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    }

    @Override
    public void stamp(InputStream original, OutputStream out, String stamp) throws IOException {
        Path spool = Files.createTempFile("stamp-", ".pdf");
        try {
            Files.copy(original, spool, StandardCopyOption.REPLACE_EXISTING);
            try (PDDocument document = Loader.loadPDF(spool.toFile(), "", null, null,
                    IOUtils.createTempFileOnlyStreamCache())) {
                document.setAllSecurityToBeRemoved(true);
                for (PDPage page : document.getPages()) {
                    stampPage(document, page, stamp);
                }
                document.save(out);
            }
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private static void stampPage(PDDocument document, PDPage page, String stamp) throws IOException {
        PDRectangle box = page.getCropBox();
        try (PDPageContentStream content =
                new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            PDExtendedGraphicsState pale = new PDExtendedGraphicsState();
            pale.setNonStrokingAlphaConstant(0.18f);
            content.setGraphicsStateParameters(pale);
            content.setNonStrokingColor(0.6f, 0f, 0f);
            float size = Math.min(box.getWidth(), box.getHeight()) / 9;
            float width = Font.BOLD.getStringWidth(stamp) / 1000 * size;
            double angle = Math.atan2(box.getHeight(), box.getWidth());
            float centreX = box.getLowerLeftX() + box.getWidth() / 2;
            float centreY = box.getLowerLeftY() + box.getHeight() / 2;
            Matrix diagonal = Matrix.getRotateInstance(angle, centreX, centreY);
            diagonal.translate(-width / 2, -size / 3);
            content.beginText();
            content.setFont(Font.BOLD, size);
            content.setTextMatrix(diagonal);
            content.showText(stamp);
            content.endText();

            PDExtendedGraphicsState solid = new PDExtendedGraphicsState();
            solid.setNonStrokingAlphaConstant(0.9f);
            content.setGraphicsStateParameters(solid);
            content.beginText();
            content.setFont(Font.BOLD, 8);
            content.newLineAtOffset(box.getLowerLeftX() + 24, box.getLowerLeftY() + 12);
            content.showText(stamp);
            content.endText();
        }
    }
}
