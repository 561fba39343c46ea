package org.expertportal.request.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.expertportal.country.Country;
import org.expertportal.country.CoverageLookup;
import org.expertportal.country.Theme;
import org.expertportal.request.CaseStage;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;
import org.expertportal.request.clock.ResponsePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bad input of the public form is refused on its own field, with its message key. */
public class RequestIntakeValidationTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-27");

    public static RequestSubmission validForm() {
        return new RequestSubmission(RequesterKind.LAW_FIRM, "Ana Lawyer", "Lawyer & Co", "ana@firm.test", "+44 20 7946 0000",
                null, ContactChannel.EMAIL, true, false, false, "IR", List.of("political-persecution"),
                CaseStage.APPEAL, TODAY.plusDays(9), true, "en", "Appeal hearing soon.",
                Set.of(RequestedService.FULL_REPORT), true, "");
    }

    /** A coverage with Iran and one theme: enough for the checks. */
    private static final CoverageLookup COVERAGE = new CoverageLookup() {
        @Override
        public Optional<Country> country(String isoCode) {
            return "IR".equals(isoCode) ? Optional.of(instance(Country.class)) : Optional.empty();
        }

        @Override
        public List<Country> countries(Collection<String> isoCodes) {
            return List.of();
        }

        @Override
        public List<Theme> themes(Collection<String> keys) {
            return keys.stream().filter("political-persecution"::equals)
                    .map(key -> instance(Theme.class)).toList();
        }

        @Override
        public List<Country> allCountries() {
            return List.of();
        }

        @Override
        public List<Theme> allThemes() {
            return List.of();
        }
    };

    /** Reference data rows, which only migrations create: the checks need them to exist, nothing more. */
    private static <T> T instance(Class<T> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private final RequestIntakeService intake = withCoverageOnly();

    /** An intake that can validate (Iran and one theme) and reaches nothing else. */
    static RequestIntakeService withCoverageOnly() {
        return new RequestIntakeService(null, null, null, null, null, null, null, null, null, null, null, COVERAGE,
                null, null, ResponsePolicy.oneHourAroundTheClock(), null, null);
    }

    private static RequestSubmission with(UnaryOperator<Builder> change) {
        return change.apply(new Builder(validForm())).build();
    }

    @Test
    void a_complete_form_has_no_errors() {
        assertThat(intake.validate(validForm(), TODAY)).isEmpty();
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("no kind", with(b -> b.kind(null)), "requesterKind", "request.invalid.required"),
                Arguments.of("no name", with(b -> b.name("  ")), "name", "request.invalid.required"),
                Arguments.of("long name", with(b -> b.name("x".repeat(121))), "name", "request.invalid.too-long"),
                Arguments.of("firm without organisation", with(b -> b.organisation("")), "organisation",
                        "request.invalid.required"),
                Arguments.of("no email", with(b -> b.email("")), "email", "request.invalid.required"),
                Arguments.of("bad email", with(b -> b.email("ana@")), "email", "request.invalid.email"),
                Arguments.of("bad phone", with(b -> b.phone("call me")), "phone", "request.invalid.phone"),
                Arguments.of("short phone", with(b -> b.phone("12345")), "phone", "request.invalid.phone"),
                Arguments.of("WhatsApp chosen without number", with(b -> b.channel(ContactChannel.WHATSAPP)),
                        "whatsapp", "request.invalid.phone-for-channel"),
                Arguments.of("email not asked about", with(b -> b.safe(null, false, null)), "safeByEmail",
                        "request.invalid.safe-answer"),
                Arguments.of("phone given, not asked about", with(b -> b.safe(true, null, null)), "safeByPhone",
                        "request.invalid.safe-answer"),
                Arguments.of("WhatsApp given, not asked about",
                        with(b -> b.whatsapp("+44 7700 900123").safe(true, false, null)), "safeByWhatsapp",
                        "request.invalid.safe-answer"),
                Arguments.of("no country", with(b -> b.country(null)), "countryCode", "request.invalid.required"),
                Arguments.of("uncovered country", with(b -> b.country("XX")), "countryCode", "request.invalid.country"),
                Arguments.of("unknown theme", with(b -> b.themes(List.of("made-up"))), "themeKeys",
                        "request.invalid.theme"),
                Arguments.of("no stage", with(b -> b.stage(null)), "caseStage", "request.invalid.required"),
                Arguments.of("hearing in the past", with(b -> b.hearing(TODAY.minusDays(1))), "hearingDate",
                        "request.invalid.date-past"),
                Arguments.of("unknown language", with(b -> b.language("xx")), "preferredLanguage",
                        "request.invalid.language"),
                Arguments.of("long summary", with(b -> b.summary("s".repeat(2001))), "summary",
                        "request.invalid.too-long"),
                Arguments.of("nothing requested", with(b -> b.services(Set.of())), "services",
                        "request.invalid.services"),
                Arguments.of("no consent", with(b -> b.consent(false)), "consent", "request.invalid.consent"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void a_bad_input_is_refused_on_its_field(String why, RequestSubmission form, String field, String key) {
        Map<String, String> errors = intake.validate(form, TODAY);
        assertThat(errors).containsEntry(field, key).hasSize(1);
    }

    @Test
    void a_hearing_today_and_an_applicant_without_organisation_are_fine() {
        assertThat(intake.validate(with(b -> b.hearing(TODAY)), TODAY)).isEmpty();
        assertThat(intake.validate(with(b -> b.kind(RequesterKind.APPLICANT).organisation(null)), TODAY)).isEmpty();
    }

    @Test
    void a_channel_not_given_needs_no_answer() {
        assertThat(intake.validate(with(b -> b.phone("").safe(false, null, null)), TODAY)).isEmpty();
    }

    /** Changes one field of a valid form. */
    static final class Builder {
        private RequesterKind kind;
        private String name, organisation, email, phone, whatsapp, country, language, summary;
        private ContactChannel channel;
        private List<String> themes;
        private CaseStage stage;
        private LocalDate hearing;
        private Set<RequestedService> services;
        private boolean consent;
        private Boolean safeByEmail, safeByPhone, safeByWhatsapp;
        private final RequestSubmission base;

        Builder(RequestSubmission base) {
            this.base = base;
            kind = base.requesterKind(); name = base.name(); organisation = base.organisation(); email = base.email();
            phone = base.phone(); whatsapp = base.whatsapp(); country = base.countryCode();
            language = base.preferredLanguage(); summary = base.summary(); channel = base.preferredChannel();
            themes = base.themeKeys(); stage = base.caseStage(); hearing = base.hearingDate();
            services = base.services(); consent = base.consent();
            safeByEmail = base.safeByEmail(); safeByPhone = base.safeByPhone(); safeByWhatsapp = base.safeByWhatsapp();
        }

        Builder kind(RequesterKind v) { kind = v; return this; }
        Builder name(String v) { name = v; return this; }
        Builder organisation(String v) { organisation = v; return this; }
        Builder email(String v) { email = v; return this; }
        Builder phone(String v) { phone = v; return this; }
        Builder whatsapp(String v) { whatsapp = v; return this; }
        Builder safe(Boolean byEmail, Boolean byPhone, Boolean byWhatsapp) {
            safeByEmail = byEmail; safeByPhone = byPhone; safeByWhatsapp = byWhatsapp; return this;
        }
        Builder channel(ContactChannel v) { channel = v; return this; }
        Builder country(String v) { country = v; return this; }
        Builder themes(List<String> v) { themes = v; return this; }
        Builder stage(CaseStage v) { stage = v; return this; }
        Builder hearing(LocalDate v) { hearing = v; return this; }
        Builder language(String v) { language = v; return this; }
        Builder summary(String v) { summary = v; return this; }
        Builder services(Set<RequestedService> v) { services = v; return this; }
        Builder consent(boolean v) { consent = v; return this; }

        RequestSubmission build() {
            return new RequestSubmission(kind, name, organisation, email, phone, whatsapp, channel, safeByEmail,
                    safeByPhone, safeByWhatsapp, country, themes, stage, hearing, base.legalAid(),
                    language, summary, services, consent, base.website());
        }
    }
}
