package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each purpose's types, and a name whose extension must be the detected type's. */
class DocumentPurposeTest {

    private static final String OOXML = "application/x-tika-ooxml";
    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @ParameterizedTest(name = "{0}: {1} named {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // Case documents: PDF, Word, JPEG, PNG, each under its own extensions only.
        "CASE_DOCUMENT|application/pdf|letter.pdf|PDF",
        "CASE_DOCUMENT|application/pdf|letter.PDF|PDF",
        "CASE_DOCUMENT|application/pdf|letter.docx|-",
        "CASE_DOCUMENT|application/pdf|letter|-",
        "CASE_DOCUMENT|application/pdf|letter.pdf.exe|-",
        "CASE_DOCUMENT|application/pdf|letter.exe.pdf|PDF",
        "CASE_DOCUMENT|" + OOXML + "|letter.docx|WORD",
        "CASE_DOCUMENT|" + OOXML + "|Letter.DOCX|WORD",
        "CASE_DOCUMENT|" + WORD + "|letter.docx|WORD",
        "CASE_DOCUMENT|" + OOXML + "|Refusal letter.hta|-",
        "CASE_DOCUMENT|" + OOXML + "|letter.docm|-",
        "CASE_DOCUMENT|" + OOXML + "|book.xlsm|-",
        "CASE_DOCUMENT|" + OOXML + "|book.xlsx|-",
        "CASE_DOCUMENT|" + OOXML + "|letter.pdf|-",
        "CASE_DOCUMENT|" + OOXML + "|letter.zip|-",
        "CASE_DOCUMENT|application/zip|archive.pdf|-",
        "CASE_DOCUMENT|application/zip|archive.docx|-",
        "CASE_DOCUMENT|image/jpeg|photo.jpg|JPEG",
        "CASE_DOCUMENT|image/jpeg|photo.JPEG|JPEG",
        "CASE_DOCUMENT|image/jpeg|photo.png|-",
        "CASE_DOCUMENT|image/png|scan.png|PNG",
        "CASE_DOCUMENT|image/png|scan.jpg|-",
        "CASE_DOCUMENT|image/gif|scan.gif|-",
        "CASE_DOCUMENT|application/x-msdownload|setup.pdf|-",
        "CASE_DOCUMENT|text/html|page.pdf|-",
        "CASE_DOCUMENT|application/octet-stream|x.pdf|-",
        // Everything else: PDF only.
        "EXPERT_CV|application/pdf|cv.pdf|PDF",
        "EXPERT_CV|" + OOXML + "|cv.docx|-",
        "EXPERT_CV|image/png|cv.png|-",
        "SAMPLE_REPORT|application/pdf|sample.pdf|PDF",
        "SAMPLE_REPORT|image/jpeg|sample.jpg|-",
        "REPORT|application/pdf|report.pdf|PDF",
        "REPORT|application/pdf|report.docx|-",
        "REPORT|" + OOXML + "|report.docx|-",
    })
    void the_type_and_extension_matrix(DocumentPurpose purpose, String detected, String name, DocumentType expected) {
        assertThat(purpose.typeOf(detected, name).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PDF|letter.PDF|letter.pdf",
        "PDF|Письмо.Pdf|Письмо.pdf",
        "WORD|Statement v2.DOCX|Statement v2.docx",
        "JPEG|photo.JPEG|photo.jpeg",
        "JPEG|photo.Jpg|photo.jpg",
        "PNG|a.b.PNG|a.b.png",
    })
    void the_stored_name_ends_in_the_type_extension_in_lower_case(DocumentType type, String name, String stored) {
        assertThat(type.storedName(name)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Refusal letter.hta|" + OOXML + "|Refusal letter.hta.docx",
        "book.xlsm|" + OOXML + "|book.xlsm.docx",
        "letter.pdf|application/pdf|letter.pdf",
        "archive.pdf|" + WORD + "|archive.pdf.docx",
        "photo.jpeg|image/jpeg|photo.jpeg",
        "scan|image/png|scan.png",
        "export.zip|application/zip|export.zip",
    })
    void a_download_is_named_with_its_type_s_extension_even_for_documents_stored_before_names_had_to_match(
            String stored, String mediaType, String offered) {
        assertThat(DocumentType.downloadName(stored, mediaType)).isEqualTo(offered);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CASE_DOCUMENT|document.refused.type.case_document",
        "EXPERT_CV|document.refused.type.expert_cv",
    })
    void each_purpose_has_its_refusal_naming_its_types(DocumentPurpose purpose, String key) {
        assertThat(purpose.typeRefusalKey()).isEqualTo(key);
    }
}
