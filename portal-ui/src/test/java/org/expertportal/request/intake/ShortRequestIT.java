package org.expertportal.request.intake;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.expertportal.account.CapturedMails;
import org.expertportal.document.Fixtures;
import org.expertportal.notification.SentMailArchive;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.RequestKind;
import org.expertportal.request.servicelevel.ServiceLevelReport;
import org.expertportal.request.servicelevel.ServiceLevelService;
import org.expertportal.request.workbench.ReportDeliveryService;
import org.expertportal.sample.SampleService;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The short form (#15, docs/adr/035): a visitor asks for a sample, a CV or a consultation without
 * a case, from the country page, in English and in Russian; a refusal stores nothing; staff see
 * the kind in the queue and on the request page; sharing the sample answers the request.
 */
class ShortRequestIT extends KaribuTest {

    @Autowired
    RequestIntakeService intake;

    @Autowired
    ReportDeliveryService delivery;

    @Autowired
    SampleService samples;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SentMailArchive mail;

    @Autowired
    ServiceLevelService serviceLevel;

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private Map<String, Object> row(String reference) {
        return jdbc.queryForMap("select kind, country_code, status, hearing_date, summary, first_responded_at,"
                + " safe_by_email, (select group_concat(service) from report_request_service s"
                + " where s.request_id = r.id) services from report_request r where reference = ?", reference);
    }

    private ShortRequest sample(String email) {
        return new ShortRequest(RequestKind.SAMPLE, "Bat Visitor", email, "MN", true, "");
    }

    private IntakeOrigin origin() {
        return new IntakeOrigin(RequestFixtures.origin().clientAddress(), ZoneId.of("Asia/Ulaanbaatar"), Locale.ENGLISH);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_visitor_asks_for_a_sample_from_the_mongolia_page_and_gets_a_reference_and_the_time_we_respond_by() {
        UI.getCurrent().navigate("countries/mongolia");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("ask-sample")));

        RadioButtonGroup<RequestKind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("kind"));
        assertThat(kind.getValue()).isEqualTo(RequestKind.SAMPLE);
        ComboBox<IntakeChoices.CountryChoice> country = _get(ComboBox.class, spec -> spec.withId("country"));
        assertThat(country.getValue().isoCode()).isEqualTo("MN");
        String email = RequestFixtures.newEmail("sample");
        _get(TextField.class, spec -> spec.withId("name")).setValue("Bat Visitor");
        _get(EmailField.class, spec -> spec.withId("email")).setValue(email);
        _get(Checkbox.class, spec -> spec.withId("consent")).setValue(true);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("submit-request")));

        String heading = _get(H2.class, spec -> spec.withId("request-reference")).getText();
        assertThat(heading).matches("Your reference: ER-\\d{4}-\\d{6}");
        assertThat(_get(Paragraph.class, spec -> spec.withId("respond-by")).getText()).startsWith("We will respond by ");
        String reference = heading.substring("Your reference: ".length());
        var stored = row(reference);
        assertThat(stored).containsEntry("kind", "SAMPLE").containsEntry("country_code", "MN")
                .containsEntry("status", "SUBMITTED").containsEntry("services", "SAMPLE_REPORT")
                .containsEntry("safe_by_email", true);
        assertThat(stored.get("hearing_date")).isNull();
        assertThat(stored.get("summary")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where alert_type = 'REQUEST_SUBMITTED'"
                + " and reference = ?", Long.class, reference)).isPositive();
    }

    @Test
    void a_refused_short_form_says_why_in_russian_and_stores_nothing() {
        useLanguage(Locale.of("ru"));
        UI.getCurrent().navigate("request/ask");
        long requests = count("report_request");
        long held = count("held_request");
        long accounts = count("account");
        long attempts = count("intake_attempt");
        long outbox = count("notification_outbox");

        _get(EmailField.class, spec -> spec.withId("email")).setValue("not-an-email");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("submit-request")));

        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("kind")).getErrorMessage())
                .isEqualTo("Пожалуйста, заполните это поле.");
        assertThat(_get(TextField.class, spec -> spec.withId("name")).getErrorMessage())
                .isEqualTo("Пожалуйста, заполните это поле.");
        assertThat(_get(EmailField.class, spec -> spec.withId("email")).isInvalid()).isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withId("consent")).getErrorMessage())
                .startsWith("Пожалуйста, согласитесь");
        assertThat(_get(Button.class, spec -> spec.withId("submit-request")).getText()).isEqualTo("Отправить");
        assertThat(count("report_request")).isEqualTo(requests);
        assertThat(count("held_request")).isEqualTo(held);
        assertThat(count("account")).isEqualTo(accounts);
        assertThat(count("intake_attempt")).isEqualTo(attempts);
        assertThat(count("notification_outbox")).isEqualTo(outbox);
    }

    @Test
    @SuppressWarnings("unchecked")
    void staff_see_the_kind_in_the_queue_and_on_the_page_and_sharing_the_sample_answers_the_request() {
        String reference = intake.submitShort(sample(RequestFixtures.newEmail("queue")), origin()).reference();
        String caseReference = intake.submit(RequestFixtures.form(RequestFixtures.newEmail("case")),
                RequestFixtures.origin()).reference();
        signIn("staff@demo.test");

        UI.getCurrent().navigate("staff/queue");
        _get(TextField.class, spec -> spec.withId("filter-text")).setValue(reference);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("queue"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0)).contains("Sample report");

        UI.getCurrent().navigate("staff/requests/" + reference);
        assertThat(_get(ListItem.class, spec -> spec.withId("request-kind")).getText())
                .isEqualTo("Kind of request: Sample report");

        signIn("admin@demo.test");
        long sampleId = samples.publish(Fixtures.sample("Mongolia sample " + System.nanoTime(), "MN"), "mn.pdf",
                Fixtures.pdf());
        signIn("staff@demo.test");
        delivery.shareSample(reference, sampleId);
        delivery.shareSample(caseReference, sampleId);

        var answered = row(reference);
        assertThat(answered.get("status")).isEqualTo("DELIVERED");
        assertThat(answered.get("first_responded_at")).isNotNull();
        assertThat(jdbc.queryForList("select e.to_status from request_event e join report_request r"
                + " on r.id = e.request_id where r.reference = ? order by e.id", String.class, reference))
                .containsExactly("SUBMITTED", "ACKNOWLEDGED", "DELIVERED");
        // A case only gets the sample: it still waits for its report and its answer.
        var stillACase = row(caseReference);
        assertThat(stillACase.get("status")).isEqualTo("SUBMITTED");
        assertThat(stillACase.get("first_responded_at")).isNull();
    }

    @Test
    void a_short_request_with_an_existing_clients_email_is_held_until_confirmed_and_keeps_its_kind() {
        String email = RequestFixtures.newEmail("held-short");
        intake.submit(RequestFixtures.form(email), RequestFixtures.origin());
        RequestFixtures.activate(jdbc, email);

        String reference = intake.submitShort(sample(email), origin()).reference();
        assertThat(count("report_request where reference = '" + reference + "'")).as("held (ADR 033)").isZero();
        String link = CapturedMails.awaitLink(mail, email, HeldRequestIT.CONFIRMATION);

        signIn(email);
        UI.getCurrent().navigate("request/confirm",
                QueryParameters.of("token", link.substring(link.indexOf("token=") + 6)));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("confirm-request")));

        assertThat(row(reference)).containsEntry("kind", "SAMPLE").containsEntry("services", "SAMPLE_REPORT")
                .containsEntry("status", "SUBMITTED");
    }

    @Test
    void a_signed_in_client_asks_for_a_cv_and_their_request_page_shows_no_case_it_does_not_have() {
        signIn("client@demo.test");
        String reference = intake.submitShort(new ShortRequest(RequestKind.CV, "Demo Client", "client@demo.test", "MN",
                true, ""), origin()).reference();

        UI.getCurrent().navigate("my/requests/" + reference);
        String facts = _get(UnorderedList.class, spec -> spec.withId("request-facts")).getElement()
                .getTextRecursively();
        assertThat(facts).contains("Kind of request: Expert’s CV", "Mongolia")
                .doesNotContain("Stage of the case", "Legal aid", "Hearing");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_visitor_asks_for_an_experts_cv_without_a_country_and_staff_and_client_see_the_expert_and_no_country() {
        jdbc.update("delete from intake_attempt");
        Map<String, Object> expert = jdbc.queryForMap("select id, name from expert where slug = 'bolormaa-tsend'");
        UI.getCurrent().navigate("request/ask",
                QueryParameters.simple(Map.of("kind", "cv", "expert", "bolormaa-tsend")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("asked-expert")).getText())
                .isEqualTo("About the expert: " + expert.get("name"));
        ComboBox<IntakeChoices.CountryChoice> country = _get(ComboBox.class, spec -> spec.withId("country"));
        assertThat(country.isRequiredIndicatorVisible()).as("the country is optional").isFalse();
        String email = RequestFixtures.newEmail("cv-no-country");
        _get(TextField.class, spec -> spec.withId("name")).setValue("Bat Visitor");
        _get(EmailField.class, spec -> spec.withId("email")).setValue(email);
        _get(Checkbox.class, spec -> spec.withId("consent")).setValue(true);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("submit-request")));

        String reference = _get(H2.class, spec -> spec.withId("request-reference")).getText()
                .substring("Your reference: ".length());
        Map<String, Object> stored = jdbc.queryForMap("select kind, country_code, requested_expert_id, expert_id"
                + " from report_request where reference = ?", reference);
        assertThat(stored).containsEntry("kind", "CV").containsEntry("requested_expert_id", expert.get("id"));
        assertThat(stored.get("country_code")).isNull();
        assertThat(stored.get("expert_id")).as("asked about, not proposed or assigned").isNull();

        signIn("staff@demo.test");
        UI.getCurrent().navigate("staff/requests/" + reference);
        assertThat(_get(ListItem.class, spec -> spec.withId("request-asked-expert")).getText())
                .isEqualTo("Expert asked for: " + expert.get("name"));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("request-facts")).getElement().getTextRecursively())
                .contains("Country of origin: No country given").doesNotContain("country.null");
        UnorderedList candidates = _get(UnorderedList.class, spec -> spec.withId("expert-candidates"));
        assertThat(candidates.getChildren().findFirst().orElseThrow().getId()).as("the expert asked about first")
                .hasValue("candidate-bolormaa-tsend");
        assertThat(_get(ListItem.class, spec -> spec.withId("candidate-bolormaa-tsend")).getElement()
                .getTextRecursively()).contains("The client asked about this expert");
        UI.getCurrent().navigate("staff/queue");
        _get(TextField.class, spec -> spec.withId("filter-text")).setValue(reference);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("queue"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0)).contains("No country given", "Expert’s CV");
        signIn("admin@demo.test");
        var report = serviceLevel.report();
        assertThat(report.openByRegion()).as("open work without a country is counted, not dropped")
                .containsKey(ServiceLevelReport.NO_COUNTRY);
        assertThat(report.openByRegion().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(report.openByStatus().values().stream().mapToLong(Long::longValue).sum());
        signIn("staff@demo.test");
        useLanguage(Locale.of("ru"));
        UI.getCurrent().navigate("staff/requests/" + reference);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("request-facts")).getElement().getTextRecursively())
                .contains("Страна не указана");
        useLanguage(Locale.ENGLISH);

        RequestFixtures.activate(jdbc, email);
        signIn(email);
        UI.getCurrent().navigate("my/requests/" + reference);
        String facts = _get(UnorderedList.class, spec -> spec.withId("request-facts")).getElement()
                .getTextRecursively();
        assertThat(facts).contains("Expert asked for: " + expert.get("name"), "No country given")
                .doesNotContain("country.null");
        UI.getCurrent().navigate("my/requests");
        Grid<?> mine = _get(Grid.class, spec -> spec.withId("my-requests"));
        assertThat(_size(mine)).isEqualTo(1);
        assertThat(_getFormattedRow(mine, 0)).contains("No country given").doesNotContain("country.null");
    }

    @Test
    void an_expert_the_directory_does_not_show_is_refused_clearly_and_nothing_is_stored() {
        jdbc.update("delete from intake_attempt");
        long requests = count("report_request");
        var form = new ShortRequest(RequestKind.CV, "Bat Visitor", RequestFixtures.newEmail("no-expert"), null,
                "no-such-expert", true, "");

        assertThatThrownBy(() -> intake.submitShort(form, origin())).isInstanceOfSatisfying(
                InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsOnly(Map.entry("expertSlug", "request.invalid.expert")));
        assertThat(count("report_request")).isEqualTo(requests);

        UI.getCurrent().navigate("request/ask",
                QueryParameters.simple(Map.of("kind", "cv", "expert", "no-such-expert")));
        assertThat(_find(Paragraph.class, spec -> spec.withId("asked-expert")))
                .as("an unknown expert in a link is not shown, nor sent").isEmpty();
    }

    @Test
    void a_case_still_needs_a_country() {
        var form = RequestFixtures.form(RequestFixtures.newEmail("case-no-country"));
        var without = new RequestSubmission(form.requesterKind(), form.name(), form.organisation(), form.email(),
                form.phone(), form.whatsapp(), form.preferredChannel(), form.safeByEmail(), form.safeByPhone(),
                form.safeByWhatsapp(), null, form.themeKeys(), form.caseStage(), form.hearingDate(), form.legalAid(),
                form.preferredLanguage(), form.summary(), form.services(), form.consent(), form.website());

        assertThatThrownBy(() -> intake.submit(without, RequestFixtures.origin())).isInstanceOfSatisfying(
                InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("countryCode", "request.invalid.required"));
    }

    @Test
    void a_signed_in_client_finds_the_short_form_filled_in_with_who_they_are() {
        signIn("client@demo.test");
        UI.getCurrent().navigate("request/ask", QueryParameters.simple(Map.of("kind", "sample")));

        assertThat(_get(TextField.class, spec -> spec.withId("name")).getValue()).isNotBlank();
        assertThat(_get(EmailField.class, spec -> spec.withId("email")).getValue()).isEqualTo("client@demo.test");
    }
}
