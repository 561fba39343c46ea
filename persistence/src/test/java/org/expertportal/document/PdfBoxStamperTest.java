package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfBoxStamperTest {

    private final PdfBoxStamper stamper = new PdfBoxStamper();

    @Test
    void every_page_of_the_copy_carries_the_stamp_and_the_original_is_untouched() throws Exception {
        byte[] original = Pdfs.withPages(3);
        byte[] before = original.clone();
        var copy = new ByteArrayOutputStream();

        stamper.stamp(new ByteArrayInputStream(original), copy, "SAMPLE A-000042");

        assertThat(original).isEqualTo(before);
        try (PDDocument stamped = Loader.loadPDF(copy.toByteArray())) {
            assertThat(stamped.getNumberOfPages()).isEqualTo(3);
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= 3; page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                String onPage = text.getText(stamped);
                assertThat(onPage).as("page " + page)
                        .contains("SAMPLE A-000042")
                        .contains("Anonymised analysis, page " + page);
            }
        }
    }

    @Test
    void landscape_and_small_pages_are_stamped_too() throws Exception {
        byte[] original = Pdfs.withPages(2, new PDRectangle(PDRectangle.A5.getHeight(), PDRectangle.A5.getWidth()));
        var copy = new ByteArrayOutputStream();

        stamper.stamp(new ByteArrayInputStream(original), copy, "SAMPLE A-000007");

        try (PDDocument stamped = Loader.loadPDF(copy.toByteArray())) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(2);
            text.setEndPage(2);
            assertThat(text.getText(stamped)).contains("A-000007");
        }
    }
}
