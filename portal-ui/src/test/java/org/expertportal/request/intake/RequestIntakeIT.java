package org.expertportal.request.intake;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import org.expertportal.request.CaseStage;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public request form: what it stores, what it refuses (storing nothing), and what it tells. */
class RequestIntakeIT extends KaribuTest {

    @Autowired
    RequestIntakeService intake;

    @Autowired
    JdbcTemplate jdbc;

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private long alerts(String type, String reference) {
        return jdbc.queryForObject("select count(*) from notification_outbox where alert_type = ? and reference = ?",
                Long.class, type, reference);
    }

    @Test
    void an_accepted_request_gets_a_reference_a_due_time_a_timeline_and_alerts() {
        String email = RequestFixtures.newEmail("new");
        SubmittedRequest submitted = intake.submit(RequestFixtures.form(email, clock), RequestFixtures.origin());

        assertThat(submitted.reference()).matches("ER-\\d{4}-\\d{6}");
        assertThat(Duration.between(submitted.receivedAt(), submitted.respondBy())).isEqualTo(Duration.ofMinutes(60));
        var row = jdbc.queryForMap("select r.status, r.summary, r.consent_version, r.first_responded_at, a.role,"
                + " a.password_hash from report_request r join account a on a.id = r.client_account_id"
                + " where r.reference = ?", submitted.reference());
        assertThat(row.get("status")).isEqualTo("SUBMITTED");
        assertThat(row.get("summary")).isEqualTo("Hearing soon <script>alert(1)</script>");
        assertThat(row.get("consent_version")).isEqualTo(PrivacyNotice.VERSION);
        assertThat(row.get("first_responded_at")).isNull();
        assertThat(row.get("role")).isEqualTo("CLIENT");
        assertThat(row.get("password_hash")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from request_event e join report_request r on r.id = e.request_id"
                + " where r.reference = ? and e.to_status = 'SUBMITTED'", Long.class, submitted.reference())).isEqualTo(1);
        assertThat(alerts("REQUEST_RECEIVED", submitted.reference())).isEqualTo(1);
        long staff = jdbc.queryForObject("select count(*) from account where role = 'STAFF' and enabled", Long.class);
        assertThat(alerts("REQUEST_SUBMITTED", submitted.reference())).isEqualTo(staff).isPositive();
    }

    @Test
    void references_are_consecutive_and_never_repeat() {
        String first = intake.submit(RequestFixtures.form(RequestFixtures.newEmail("a"), clock), RequestFixtures.origin())
                .reference();
        String second = intake.submit(RequestFixtures.form(RequestFixtures.newEmail("b"), clock), RequestFixtures.origin())
                .reference();
        assertThat(Long.parseLong(second.substring(8))).isEqualTo(Long.parseLong(first.substring(8)) + 1);
    }

    @Test
    void a_known_email_gets_the_same_answer_and_no_second_account_or_invitation() {
        String email = RequestFixtures.newEmail("known");
        intake.submit(RequestFixtures.form(email, clock), RequestFixtures.origin());
        long accountsBefore = count("account");
        long invitationsBefore = jdbc.queryForObject(
                "select count(*) from notification_outbox where alert_type = 'ACCOUNT_INVITATION'", Long.class);

        SubmittedRequest again = intake.submit(RequestFixtures.form(email.toUpperCase(), clock), RequestFixtures.origin());

        assertThat(count("account")).isEqualTo(accountsBefore);
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where alert_type = 'ACCOUNT_INVITATION'",
                Long.class)).isEqualTo(invitationsBefore);
        assertThat(jdbc.queryForObject("select count(distinct client_account_id) from report_request where email = ?",
                Long.class, email)).isEqualTo(1);
        assertThat(alerts("REQUEST_RECEIVED", again.reference())).as("held until confirmed (#14)").isZero();
        assertThat(jdbc.queryForObject("select count(*) from held_request where reference = ?", Long.class,
                again.reference())).isEqualTo(1);
    }

    @Test
    void a_refused_form_stores_nothing() {
        long requests = count("report_request");
        long accounts = count("account");
        long outbox = count("notification_outbox");
        long attempts = count("intake_attempt");
        var bad = new RequestSubmission(RequesterKind.LAW_FIRM, "", "", "not-an-email", "abc", null, null, false,
                false, false, "XX", java.util.List.of(), null,
                // Yesterday where the visitor is (the origin's zone), whatever the server's date.
                java.time.LocalDate.now(clock.withZone(RequestFixtures.origin().zone())).minusDays(1), false, "",
                "", java.util.Set.of(), false, "");

        assertThatThrownBy(() -> intake.submit(bad, RequestFixtures.origin()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsKeys("name", "organisation", "email", "phone", "preferredChannel", "countryCode",
                                "caseStage", "hearingDate", "preferredLanguage", "services", "consent"));
        assertThat(count("report_request")).isEqualTo(requests);
        assertThat(count("account")).isEqualTo(accounts);
        assertThat(count("notification_outbox")).isEqualTo(outbox);
        assertThat(count("intake_attempt")).isEqualTo(attempts);
    }

    @Test
    void the_honeypot_refuses_quietly_and_stores_nothing() {
        long requests = count("report_request");
        var form = RequestFixtures.form(RequestFixtures.newEmail("bot"), clock);
        var filled = new RequestSubmission(form.requesterKind(), form.name(), form.organisation(), form.email(),
                form.phone(), form.whatsapp(), form.preferredChannel(), true, false, false, form.countryCode(),
                form.themeKeys(), form.caseStage(), form.hearingDate(), form.legalAid(), form.preferredLanguage(),
                form.summary(), form.services(), true, "http://spam.example");
        assertThatThrownBy(() -> intake.submit(filled, RequestFixtures.origin()))
                .isInstanceOf(DomainException.class).hasMessage("request.refused.not-sent");
        assertThat(count("report_request")).isEqualTo(requests);
    }

    @Test
    void five_requests_an_hour_per_address_and_per_email_then_a_clear_refusal() {
        var address = RequestFixtures.origin();
        for (int i = 0; i < RequestIntakeService.MAX_PER_HOUR; i++) {
            intake.submit(RequestFixtures.form(RequestFixtures.newEmail("burst"), clock), address);
        }
        long requests = count("report_request");
        assertThatThrownBy(() -> intake.submit(RequestFixtures.form(RequestFixtures.newEmail("burst"), clock), address))
                .hasMessage("request.refused.too-many");

        String email = RequestFixtures.newEmail("same");
        for (int i = 0; i < RequestIntakeService.MAX_PER_HOUR; i++) {
            intake.submit(RequestFixtures.form(email, clock), RequestFixtures.origin());
        }
        assertThatThrownBy(() -> intake.submit(RequestFixtures.form(email, clock), RequestFixtures.origin()))
                .hasMessage("request.refused.too-many");
        // The first made the account; the other four were held for its owner to confirm (#14).
        assertThat(count("report_request")).isEqualTo(requests + 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_visitor_fills_in_the_form_and_sees_the_reference_and_the_time_we_respond_by() {
        UI.getCurrent().navigate("request", com.vaadin.flow.router.QueryParameters.fromString("country=iran"));
        ComboBox<IntakeChoices.CountryChoice> country = _get(ComboBox.class, spec -> spec.withId("country"));
        assertThat(country.getValue().isoCode()).isEqualTo("IR");

        ((RadioButtonGroup<RequesterKind>) _get(RadioButtonGroup.class, spec -> spec.withId("requester-kind")))
                .setValue(RequesterKind.APPLICANT);
        _get(TextField.class, spec -> spec.withId("name")).setValue("Reza");
        _get(EmailField.class, spec -> spec.withId("email")).setValue(RequestFixtures.newEmail("visitor"));
        _get(RadioButtonGroup.class, spec -> spec.withId("safe-by-email")).setValue(Boolean.TRUE);
        ((RadioButtonGroup<CaseStage>) _get(RadioButtonGroup.class, spec -> spec.withId("stage")))
                .setValue(CaseStage.INITIAL_CLAIM);
        ((CheckboxGroup<RequestedService>) _get(CheckboxGroup.class, spec -> spec.withId("services")))
                .setValue(java.util.Set.of(RequestedService.CONSULTATION));

        Button send = _get(Button.class, spec -> spec.withId("submit-request"));
        ButtonKt._click(send);
        Checkbox consent = _get(Checkbox.class, spec -> spec.withId("consent"));
        assertThat(consent.isInvalid()).isTrue();
        assertThat(consent.getErrorMessage()).isEqualTo("Please agree to the privacy notice so that we can answer you.");

        consent.setValue(true);
        ButtonKt._click(send);
        assertThat(_get(H2.class, spec -> spec.withId("request-reference")).getText())
                .matches("Your reference: ER-\\d{4}-\\d{6}");
        assertThat(_get(Paragraph.class, spec -> spec.withId("respond-by")).getText()).startsWith("We will respond by ");
    }
}
