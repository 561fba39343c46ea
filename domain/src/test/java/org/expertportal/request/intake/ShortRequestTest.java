package org.expertportal.request.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.RequestKind;
import org.expertportal.request.RequestedService;
import org.expertportal.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The short form (docs/adr/035): a sample, a CV or a consultation, with no case in it. */
class ShortRequestTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-27");

    private final RequestIntakeService intake = RequestIntakeValidationTest.withCoverageOnly();

    private static ShortRequest sample() {
        return new ShortRequest(RequestKind.SAMPLE, "Ana Visitor", "ana@visitor.test", "IR", true, "");
    }

    @ParameterizedTest
    @EnumSource(value = RequestKind.class, names = "CASE", mode = EnumSource.Mode.EXCLUDE)
    void a_short_request_asks_for_its_one_service_and_carries_no_case(RequestKind kind) {
        var form = new ShortRequest(kind, "Ana Visitor", "ana@visitor.test", "IR", true, "").toSubmission("ru");

        assertThat(intake.validate(form, TODAY)).isEmpty();
        assertThat(form.kind()).isEqualTo(kind);
        assertThat(form.services()).containsExactly(kind.service());
        assertThat(form.hearingDate()).isNull();
        assertThat(form.summary()).isNull();
        assertThat(form.themeKeys()).isEmpty();
        assertThat(form.preferredLanguage()).isEqualTo("ru");
        // Email is the only channel the person gave: it is the one we use, and the one they chose.
        assertThat(form.preferredChannel()).isEqualTo(ContactChannel.EMAIL);
        assertThat(form.safeByEmail()).isTrue();
        // No phone or WhatsApp given: nothing to ask about them.
        assertThat(form.safeByPhone()).isNull();
        assertThat(form.safeByWhatsapp()).isNull();
    }

    @Test
    void each_missing_answer_is_refused_on_its_own_field() {
        var empty = new ShortRequest(RequestKind.CV, " ", "", null, false, "").toSubmission("en");

        assertThat(intake.validate(empty, TODAY)).containsOnlyKeys("name", "email", "consent");
        var badEmail = new ShortRequest(RequestKind.CV, "Ana", "ana@", "XX", true, "").toSubmission("en");
        assertThat(intake.validate(badEmail, TODAY)).containsEntry("email", "request.invalid.email")
                .containsEntry("countryCode", "request.invalid.country").hasSize(2);
    }

    @Test
    void a_short_request_without_a_kind_or_of_the_case_kind_is_refused_before_anything_is_read_or_stored() {
        // The intake has no repositories here: reaching one would fail with another exception.
        var origin = new IntakeOrigin("192.0.2.1", ZoneId.of("Asia/Ulaanbaatar"), Locale.of("ru"));
        for (RequestKind kind : new RequestKind[] {null, RequestKind.CASE}) {
            var form = new ShortRequest(kind, "Ana", "ana@visitor.test", "IR", true, "");
            assertThatThrownBy(() -> intake.submitShort(form, origin)).isInstanceOfSatisfying(
                    InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("kind"));
        }
        // Without a kind, everything else wrong is said at the same time.
        var empty = new ShortRequest(null, "", "ana@", null, false, "");
        assertThatThrownBy(() -> intake.submitShort(empty, origin)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("kind", "name", "email", "consent"));
    }

    @ParameterizedTest
    @EnumSource(value = RequestKind.class, names = "CASE", mode = EnumSource.Mode.EXCLUDE)
    void a_short_request_may_name_no_country_while_a_case_must(RequestKind kind) {
        var noCountry = new ShortRequest(kind, "Ana Visitor", "ana@visitor.test", null, true, "").toSubmission("en");
        var blankCountry = new ShortRequest(kind, "Ana Visitor", "ana@visitor.test", " ", true, "").toSubmission("en");

        assertThat(intake.validate(noCountry, TODAY)).isEmpty();
        assertThat(intake.validate(blankCountry, TODAY)).isEmpty();
        var caseWithout = new RequestIntakeValidationTest.Builder(RequestIntakeValidationTest.validForm());
        assertThat(intake.validate(caseWithout.country(null).build(), TODAY))
                .containsEntry("countryCode", "request.invalid.required");
    }

    @Test
    void a_held_short_request_keeps_the_expert_it_asks_about() {
        var form = new ShortRequest(RequestKind.CV, "Ana", "ana@visitor.test", null, "dr-x", true, "")
                .toSubmission("en", 42L);

        assertThat(HeldSubmission.decode(HeldSubmission.encode(form)).requestedExpertId()).isEqualTo(42L);
        assertThat(HeldSubmission.decode(HeldSubmission.encode(sample().toSubmission("en"))).requestedExpertId())
                .isNull();
    }

    @Test
    void a_case_cannot_come_in_under_a_short_kind() {
        var withCase = RequestIntakeValidationTest.validForm();
        var asSample = new RequestSubmission(withCase.requesterKind(), withCase.name(), withCase.organisation(),
                withCase.email(), withCase.phone(), withCase.whatsapp(), withCase.preferredChannel(), true, false, false,
                withCase.countryCode(), withCase.themeKeys(), withCase.caseStage(), withCase.hearingDate(), false, "en",
                withCase.summary(), Set.of(RequestedService.SAMPLE_REPORT), true, "", RequestKind.SAMPLE);

        assertThat(intake.validate(asSample, TODAY)).containsOnlyKeys("kind")
                .containsEntry("kind", "request.invalid.short-with-case");
    }

    @Test
    void a_held_short_request_keeps_its_kind_and_an_older_held_form_is_a_case() {
        var form = sample().toSubmission("en");

        assertThat(HeldSubmission.decode(HeldSubmission.encode(form)).kind()).isEqualTo(RequestKind.SAMPLE);
        String older = HeldSubmission.encode(RequestIntakeValidationTest.validForm()).lines()
                .filter(line -> !line.startsWith("kind=")).reduce("", (a, b) -> a + b + "\n");
        assertThat(HeldSubmission.decode(older).kind()).isEqualTo(RequestKind.CASE);
    }
}
