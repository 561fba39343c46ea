package org.expertportal.request.intake;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.expertportal.request.CaseStage;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15, "safe to contact" (docs/adr/037): each channel given is asked about, a missing answer
 * is refused on its own question and stores nothing, and staff read "safe", "not safe" or "not
 * asked", never "not safe" for a question nobody answered.
 */
class ChannelSafetyIT extends KaribuTest {

    @Autowired
    RequestIntakeService intake;

    @Autowired
    JdbcTemplate jdbc;

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @SuppressWarnings("unchecked")
    private void fillInEverythingButTheSafetyAnswers(String email) {
        UI.getCurrent().navigate("request", QueryParameters.fromString("country=iran"));
        ((RadioButtonGroup<RequesterKind>) _get(RadioButtonGroup.class, spec -> spec.withId("requester-kind")))
                .setValue(RequesterKind.APPLICANT);
        _get(TextField.class, spec -> spec.withId("name")).setValue("Reza");
        _get(EmailField.class, spec -> spec.withId("email")).setValue(email);
        ((RadioButtonGroup<CaseStage>) _get(RadioButtonGroup.class, spec -> spec.withId("stage")))
                .setValue(CaseStage.INITIAL_CLAIM);
        ((CheckboxGroup<RequestedService>) _get(CheckboxGroup.class, spec -> spec.withId("services")))
                .setValue(Set.of(RequestedService.FULL_REPORT));
        _get(Checkbox.class, spec -> spec.withId("consent")).setValue(true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_phone_typed_in_is_asked_about_and_without_an_answer_nothing_is_stored() {
        String email = RequestFixtures.newEmail("safety");
        fillInEverythingButTheSafetyAnswers(email);
        var byEmail = (RadioButtonGroup<Boolean>) _get(RadioButtonGroup.class, spec -> spec.withId("safe-by-email"));
        assertThat(byEmail.getValue()).as("nothing answered for the client").isNull();
        assertThat(byEmail.getLabel()).isEqualTo("Is it safe for us to contact you by email?");
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("safe-by-phone"))).as("no phone, no question")
                .isEmpty();

        _get(TextField.class, spec -> spec.withId("phone")).setValue("+44 20 7946 0000");
        var byPhone = (RadioButtonGroup<Boolean>) _get(RadioButtonGroup.class, spec -> spec.withId("safe-by-phone"));
        byEmail.setValue(true);
        long requests = count("report_request");
        long attempts = count("intake_attempt");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("submit-request")));

        assertThat(byPhone.isInvalid()).isTrue();
        assertThat(byPhone.getErrorMessage()).isEqualTo("Please tell us whether it is safe to contact you this way.");
        assertThat(byEmail.isInvalid()).isFalse();
        assertThat(count("report_request")).isEqualTo(requests);
        assertThat(count("intake_attempt")).isEqualTo(attempts);

    }

    @Test
    void the_answers_are_stored_as_given_and_a_channel_not_given_is_not_asked() {
        String email = RequestFixtures.newEmail("stored");
        intake.submit(RequestFixtures.form(email, clock), RequestFixtures.origin());
        Map<String, Object> stored = jdbc.queryForMap(
                "select safe_by_email, safe_by_phone, safe_by_whatsapp from report_request where email = ?", email);
        assertThat(stored.get("safe_by_email")).isEqualTo(true);
        assertThat(stored.get("safe_by_phone")).isEqualTo(false);
        assertThat(stored.get("safe_by_whatsapp")).as("no WhatsApp given: not asked").isNull();
    }

    @Test
    void the_email_question_is_asked_and_refused_unanswered_in_russian() {
        useLanguage(Locale.of("ru"));
        fillInEverythingButTheSafetyAnswers(RequestFixtures.newEmail("safety-ru"));
        long requests = count("report_request");
        var byEmail = _get(RadioButtonGroup.class, spec -> spec.withId("safe-by-email"));
        assertThat(byEmail.getLabel()).isEqualTo("Безопасно ли писать вам по электронной почте?");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("submit-request")));

        assertThat(byEmail.getErrorMessage())
                .isEqualTo("Пожалуйста, ответьте, безопасно ли связываться с вами этим способом.");
        assertThat(count("report_request")).isEqualTo(requests);
    }

    @Test
    void staff_read_safe_not_safe_and_not_asked() {
        String answered = intake.submit(RequestFixtures.form(RequestFixtures.newEmail("answered"), clock),
                RequestFixtures.origin()).reference();
        String old = intake.submit(RequestFixtures.form(RequestFixtures.newEmail("old"), clock), RequestFixtures.origin())
                .reference();
        // A request from before the question (changeset 0110): the phone box was left unticked.
        jdbc.update("update report_request set safe_by_phone = null where reference = ?", old);
        signIn("staff@demo.test");

        UI.getCurrent().navigate("staff/requests/" + answered);
        assertThat(_get(Span.class, spec -> spec.withId("safe-email")).getText().strip())
                .isEqualTo("Safe to use: the client said so.");
        assertThat(_get(Span.class, spec -> spec.withId("unsafe-phone")).getText().strip())
                .isEqualTo("Not safe to use: the client said someone else may see it.");

        UI.getCurrent().navigate("staff/requests/" + old);
        assertThat(_get(Span.class, spec -> spec.withId("safe-not-asked-phone")).getText().strip())
                .isEqualTo("Not asked whether this is safe: ask the client before using it.");
        assertThat(_find(Span.class,
                spec -> spec.withId("unsafe-phone"))).as("never 'not safe' for no answer").isEmpty();
    }
}
