package org.expertportal.request.tracking;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.expertportal.TestClock;
import org.expertportal.document.Fixtures;
import org.expertportal.document.Pdfs;
import org.expertportal.document.ui.DocumentUpload;
import org.expertportal.expert.ExpertService;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.RequesterKind;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.workbench.ReportDeliveryService;
import org.expertportal.request.workbench.RequestAssignmentService;
import org.expertportal.request.workbench.RequestHandlingService;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.ui.ContactChannels;
import org.expertportal.ui.DateField;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the client's request page says comes next: the delivered report first with the expert named
 * and no booking left, and an apology with the direct channels once the first response is late.
 */
class NextStepsIT extends KaribuTest {

    @Autowired
    RequestIntakeService intake;

    @Autowired
    RequestHandlingService handling;

    @Autowired
    RequestAssignmentService assignment;

    @Autowired
    ReportDeliveryService delivery;

    @Autowired
    ExpertService experts;

    @Autowired
    ContactChannels contact;

    @Autowired
    RequestTrackingService tracking;

    @Autowired
    JdbcTemplate jdbc;

    private String client;
    private String reference;

    @BeforeEach
    void aClientWithARequest() {
        client = RequestFixtures.newEmail("next-steps");
        reference = intake.submit(RequestFixtures.form(client, clock), RequestFixtures.origin()).reference();
        RequestFixtures.activate(jdbc, client);
    }

    @AfterEach
    void wallClockAgain() {
        ((TestClock) clock).reset();
    }

    private long version() {
        return jdbc.queryForObject("select version from report_request where reference = ?", Long.class, reference);
    }

    /** Follows a link with a query, as the browser would. */
    private void open(String href) {
        String[] parts = href.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
    }

    private void openRequestPage() {
        UI.getCurrent().navigate("my/requests/" + reference);
    }

    @Test
    void a_delivered_report_comes_first_with_the_expert_named_and_no_booking_left() {
        signIn("admin@demo.test");
        String slug = "next-" + System.nanoTime();
        String expertName = "Test Expert " + slug;
        long expertId = experts.create(Fixtures.expert(slug, "IR"));
        signIn("staff@demo.test");
        handling.changeStatus(reference, version(), RequestStatus.ACKNOWLEDGED, null, null);
        assignment.proposeExpert(reference, version(), expertId);

        signIn(client);
        openRequestPage();
        assertThat(_find(Paragraph.class, spec -> spec.withId("request-expert")))
                .as("an expert staff are only asking is not named").isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("consultation"))).as("booking while it is open").hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("download-report"))).isEmpty();

        signIn("staff@demo.test");
        assignment.assignExpert(reference, version(), expertId, null);
        handling.changeStatus(reference, version(), RequestStatus.IN_PREPARATION, null, null);
        delivery.uploadReport(reference, "report.pdf", new ByteArrayInputStream(Pdfs.withPages(2)), true);
        long report = assignment.panel(reference).reports().getFirst().id();
        delivery.deliver(reference, version(), report, null);

        signIn(client);
        openRequestPage();
        Anchor download = _get(Anchor.class, spec -> spec.withId("download-report"));
        assertThat(download.getText()).isEqualTo("Download your report");
        assertThat(download.getHref()).as("a real download, not a page").isNotBlank();
        var page = download.getParent().orElseThrow();
        List<?> children = page.getChildren().toList();
        assertThat(children.get(0)).isInstanceOf(H1.class);
        assertThat(children.get(1)).as("right under the title").isSameAs(download);
        assertThat(_get(Paragraph.class, spec -> spec.withId("request-expert")).getElement().getTextRecursively())
                .isEqualTo("Your expert: " + expertName);
        assertThat(_find(Div.class, spec -> spec.withId("consultation"))).as("nothing to book any more").isEmpty();

        useLanguage(Locale.forLanguageTag("ru"));
        openRequestPage();
        assertThat(_get(Anchor.class, spec -> spec.withId("download-report")).getText())
                .isEqualTo("Скачать ваше заключение");
        assertThat(_get(Paragraph.class, spec -> spec.withId("request-expert")).getElement().getTextRecursively())
                .isEqualTo("Ваш эксперт: " + expertName);
    }

    @Test
    void a_late_first_response_is_said_plainly_with_an_apology_and_the_direct_channels() {
        Instant respondBy = jdbc.queryForObject("select first_response_due_at from report_request where reference = ?",
                Instant.class, reference);
        signIn(client);
        ((TestClock) clock).fixAt(respondBy.minusSeconds(60));
        openRequestPage();
        assertThat(_find(Div.class, spec -> spec.withId("request-overdue"))).as("still in time").isEmpty();

        ((TestClock) clock).fixAt(respondBy.plus(Duration.ofMinutes(5)));
        openRequestPage();
        Div overdue = _get(Div.class, spec -> spec.withId("request-overdue"));
        assertThat(overdue.getElement().getTextRecursively()).contains("We are late, sorry")
                .contains("We apologise");
        assertThat(_find(overdue, Anchor.class)).extracting(Anchor::getHref).containsExactlyInAnyOrder(
                "mailto:" + contact.email(), "https://wa.me/" + contact.whatsappDigits(), contact.phoneLink());

        useLanguage(Locale.forLanguageTag("ru"));
        openRequestPage();
        assertThat(_get(Div.class, spec -> spec.withId("request-overdue")).getElement().getTextRecursively())
                .contains("Мы опаздываем, простите").contains("Приносим извинения");

        signIn("staff@demo.test");
        handling.changeStatus(reference, version(), RequestStatus.ACKNOWLEDGED, null, null);
        signIn(client);
        openRequestPage();
        assertThat(_find(Div.class, spec -> spec.withId("request-overdue"))).as("answered, if late").isEmpty();
    }

    @Test
    void staff_read_waiting_for_client_where_the_client_reads_waiting_for_you() {
        signIn("staff@demo.test");
        handling.changeStatus(reference, version(), RequestStatus.AWAITING_CLIENT, null, null);
        UI.getCurrent().navigate("staff/requests/" + reference.toLowerCase());
        assertThat(_get(Span.class, spec -> spec.withId("request-status")).getText()).isEqualTo("Waiting for client");
        String timeline = _get(OrderedList.class, spec -> spec.withId("timeline")).getElement().getTextRecursively();
        assertThat(timeline).contains("Waiting for client").doesNotContain("Waiting for you");
        UI.getCurrent().navigate("staff/my-day");
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Waiting for you");
        useLanguage(Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("staff/requests/" + reference.toLowerCase());
        assertThat(_get(Span.class, spec -> spec.withId("request-status")).getText()).isEqualTo("Ждём клиента");

        signIn(client);
        useLanguage(Locale.ENGLISH);
        openRequestPage();
        assertThat(_get(Span.class, spec -> spec.withId("request-status")).getText()).isEqualTo("Waiting for you");
        assertThat(_get(OrderedList.class, spec -> spec.withId("timeline")).getElement().getTextRecursively())
                .contains("Waiting for you");
    }

    @Test
    void choosing_a_file_is_the_whole_upload_and_the_button_says_what_is_accepted() {
        signIn(client);
        openRequestPage();
        assertThat(_get(Upload.class).getI18n().getAddFiles().getOne())
                .isEqualTo("Add a document: PDF, Word, JPEG or PNG, up to 25 MB");
        assertThat(_find(Button.class, spec -> spec.withId("upload-document"))).as("no second step").isEmpty();

        UploadKt._upload(_get(Upload.class), "Refusal letter.pdf", "application/pdf", Pdfs.withPages(1));
        assertThat(_get(Paragraph.class, spec -> spec.withId("upload-result")).getElement().getTextRecursively())
                .isEqualTo("Added: Refusal letter.pdf");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("documents")).getElement().getTextRecursively())
                .contains("Refusal letter.pdf");

        UploadKt._upload(_get(Upload.class), "notes.txt", "text/plain", "plain text".getBytes());
        assertThat(_get(DocumentUpload.class).errorText()).startsWith("This file is not accepted.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("upload-result"))).as("no stale success").isEmpty();

        useLanguage(Locale.forLanguageTag("ru"));
        openRequestPage();
        assertThat(_get(Upload.class).getI18n().getAddFiles().getOne())
                .isEqualTo("Добавить документ: PDF, Word, JPEG или PNG, до 25 МБ");
    }

    @Test
    void repeat_this_request_prefills_country_themes_organisation_and_channels_never_the_case() {
        String other = RequestFixtures.newEmail("other-firm");
        String othersReference = intake.submit(RequestFixtures.form(other, clock), RequestFixtures.origin()).reference();
        signIn(client);
        String displayName = jdbc.queryForObject("select display_name from account where email = ?", String.class,
                client);
        openRequestPage();
        open(_get(Anchor.class, spec -> spec.withId("repeat-request")).getHref());

        assertThat(currentView().getSimpleName()).isEqualTo("RequestFormView");
        assertThat(_get(ComboBox.class, spec -> spec.withId("country")).getValue()).hasToString(
                "CountryChoice[isoCode=IR, slug=iran]");
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("themes")).getValue())
                .containsExactly("political-persecution");
        assertThat(_get(TextField.class, spec -> spec.withId("organisation")).getValue()).isEqualTo("Lawyer & Co");
        assertThat(_get(TextField.class, spec -> spec.withId("phone")).getValue()).isEqualTo("+44 20 7946 0000");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("requester-kind")).getValue())
                .isEqualTo(RequesterKind.LAW_FIRM);
        // The answers about each channel come along as given (docs/adr/037).
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("safe-by-email")).getValue()).isEqualTo(true);
        var phoneAnswer = _get(RadioButtonGroup.class, spec -> spec.withId("safe-by-phone"));
        assertThat(phoneAnswer.isVisible()).isTrue();
        assertThat(phoneAnswer.getValue()).isEqualTo(false);
        assertThat(_get(EmailField.class, spec -> spec.withId("email")).getValue()).isEqualTo(client);
        assertThat(_get(TextField.class, spec -> spec.withId("name")).getValue()).isEqualTo(displayName);
        assertThat(_get(TextArea.class, spec -> spec.withId("summary")).getValue()).as("never the case text").isEmpty();
        assertThat(_get(DateField.class, spec -> spec.withId("hearing")).getValue()).as("never the hearing").isNull();
        assertThat((Set<?>) _get(CheckboxGroup.class, spec -> spec.withId("services")).getValue()).isEmpty();

        // Another firm's reference prefills nothing of that request: the account only.
        open("request?repeat=" + othersReference.toLowerCase());
        assertThat(_get(ComboBox.class, spec -> spec.withId("country")).getValue()).isNull();
        assertThat(_get(TextField.class, spec -> spec.withId("phone")).getValue()).isEmpty();
        assertThat(_get(EmailField.class, spec -> spec.withId("email")).getValue()).isEqualTo(client);
        assertThatThrownBy(() -> tracking.prefill(Optional.of(othersReference))).isInstanceOf(NotFoundException.class);

        // Nobody signed in: an empty form, whatever the link says.
        newBrowserSession();
        open("request?repeat=" + reference.toLowerCase());
        assertThat(_get(ComboBox.class, spec -> spec.withId("country")).getValue()).isNull();
        assertThat(_get(EmailField.class, spec -> spec.withId("email")).getValue()).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("organisation")).getValue()).isEmpty();
        assertThatThrownBy(() -> tracking.prefill(Optional.of(reference))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void a_signed_in_client_finds_the_form_filled_from_their_account_and_organisation() {
        RequestFixtures.newOrganisationWith(jdbc, client);
        String firm = jdbc.queryForObject("select o.name from organisation o join account a on a.organisation_id = o.id"
                + " where a.email = ?", String.class, client);
        signIn(client);
        useLanguage(Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("request");
        assertThat(_get(EmailField.class, spec -> spec.withId("email")).getValue()).isEqualTo(client);
        assertThat(_get(TextField.class, spec -> spec.withId("organisation")).getValue()).isEqualTo(firm);
        assertThat(_get(TextField.class, spec -> spec.withId("name")).getValue()).isNotBlank();
        assertThat(_get(ComboBox.class, spec -> spec.withId("country")).getValue()).as("no request repeated").isNull();
        assertThat(_get(TextArea.class, spec -> spec.withId("summary")).getValue()).isEmpty();
    }
}
