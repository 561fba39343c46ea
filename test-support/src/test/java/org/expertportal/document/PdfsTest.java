package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF builder makes real PDFs: the pages asked for, of the size asked for, each with its line. */
class PdfsTest {

    @Test
    void a4_pages_each_with_its_line() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Pdfs.withPages(3))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(3);
            text.setEndPage(3);
            assertThat(text.getText(pdf)).contains("Anonymised analysis, page 3");
        }
    }

    @Test
    void small_landscape_pages_keep_the_line_on_the_page() throws Exception {
        PDRectangle a5Landscape = new PDRectangle(PDRectangle.A5.getHeight(), PDRectangle.A5.getWidth());
        try (PDDocument pdf = Loader.loadPDF(Pdfs.withPages(1, a5Landscape))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(a5Landscape.getWidth());
            assertThat(new PDFTextStripper().getText(pdf)).contains("Anonymised analysis, page 1");
        }
    }
}
