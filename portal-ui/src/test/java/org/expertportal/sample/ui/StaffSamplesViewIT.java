package org.expertportal.sample.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.expertportal.document.Pdfs;
import org.expertportal.document.ui.DocumentUpload;
import org.expertportal.sample.SampleService;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff publish a sample through the page; refusals are shown where they belong and save nothing. */
class StaffSamplesViewIT extends KaribuTest {

    @Autowired
    SampleService samples;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void openAsStaff() {
        signIn("staff@demo.test");
        UI.getCurrent().navigate("staff/samples");
    }

    @Test
    void a_filled_form_with_a_pdf_publishes_the_sample() {
        String title = "Published from the page " + System.nanoTime();
        fill(title);
        _upload(_get(Upload.class), "sample.pdf", "application/pdf", Pdfs.withPages(2));
        _click(_get(Button.class, spec -> spec.withId("publish-sample")));

        assertThat(samples.samplesForCountry("MN")).anySatisfy(sample -> {
            assertThat(sample.title()).isEqualTo(title);
            assertThat(sample.year()).isEqualTo(2023);
        });
        assertThat(_get(DocumentUpload.class).hasFile()).as("the received file is used up").isFalse();
    }

    @Test
    void a_renamed_executable_is_refused_on_the_upload_with_a_clear_message_and_nothing_saved() {
        long documents = count("document");
        fill("Refused " + System.nanoTime());
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        System.arraycopy("This program cannot be run in DOS mode".getBytes(StandardCharsets.US_ASCII), 0, exe, 78, 38);
        _upload(_get(Upload.class), "sample.pdf", "application/pdf", exe);
        _click(_get(Button.class, spec -> spec.withId("publish-sample")));

        assertThat(_get(DocumentUpload.class).errorText())
                .isEqualTo("This file is not accepted: upload the sample report as a PDF document whose name ends in .pdf.");
        assertThat(_get(DocumentUpload.class).hasFile()).isFalse();
        assertThat(count("document")).isEqualTo(documents);
    }

    @Test
    void a_missing_title_is_marked_on_the_field_and_the_file_is_kept_for_the_next_try() {
        long documents = count("document");
        fill("");
        _upload(_get(Upload.class), "sample.pdf", "application/pdf", Pdfs.withPages(1));
        _click(_get(Button.class, spec -> spec.withId("publish-sample")));

        TextField title = _get(TextField.class, spec -> spec.withId("sample-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("This field is required.");
        assertThat(count("document")).isEqualTo(documents);
        assertThat(_get(DocumentUpload.class).hasFile()).isTrue();

        _setValue(title, "Corrected " + System.nanoTime());
        _click(_get(Button.class, spec -> spec.withId("publish-sample")));
        assertThat(count("document")).isEqualTo(documents + 1);
    }

    @Test
    void publishing_without_a_file_asks_for_one() {
        fill("No file");
        _click(_get(Button.class, spec -> spec.withId("publish-sample")));
        assertThat(_get(DocumentUpload.class).errorText()).isEqualTo("Choose a PDF file first.");
    }

    private void fill(String title) {
        _setValue(_get(TextField.class, spec -> spec.withId("sample-title")), title);
        _setValue(_get(TextArea.class, spec -> spec.withId("sample-summary")), "Anonymised example.");
        _setValue(_get(ComboBox.class, spec -> spec.withId("sample-country")), "MN");
        _setValue(_get(ComboBox.class, spec -> spec.withId("sample-language")), "en");
        _setValue(_get(IntegerField.class, spec -> spec.withId("sample-year")), 2023);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
