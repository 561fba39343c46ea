package org.expertportal.request.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.expertportal.expert.Availability;
import org.expertportal.expert.ExpertCard;
import org.expertportal.expert.FeeBasis;
import org.expertportal.request.CaseStage;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.ReportRequest;
import org.expertportal.request.RequestKind;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;
import org.expertportal.request.clock.ResponsePolicy;
import org.expertportal.request.intake.PrivacyNotice;
import org.expertportal.request.intake.RequestIntakeValidationTest;
import org.expertportal.request.intake.RequestSubmission;
import org.junit.jupiter.api.Test;

/** Expert matching: the expert asked about, then country, then available now, then themes covered, then availability, then name. */
class ExpertMatchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void experts_covering_the_country_and_every_theme_and_available_now_come_first() {
        var form = RequestIntakeValidationTest.validForm();
        var withThemes = new RequestSubmission(form.requesterKind(), form.name(), form.organisation(), form.email(),
                form.phone(), form.whatsapp(), form.preferredChannel(), form.safeByEmail(), form.safeByPhone(),
                form.safeByWhatsapp(), "IR", List.of("political-persecution", "religious-persecution"),
                form.caseStage(), form.hearingDate(), form.legalAid(), form.preferredLanguage(), form.summary(),
                form.services(), form.consent(), form.website());
        var request = new ReportRequest("ER-2026-000001", 1L, null, withThemes, PrivacyNotice.VERSION,
                Instant.parse("2026-11-30T10:00:00Z"), ResponsePolicy.oneHourAroundTheClock());
        List<ExpertCard> experts = List.of(
                expert("f-other-country", "MN", List.of("political-persecution", "religious-persecution"),
                        Availability.AVAILABLE, null),
                expert("d-away", "IR", List.of("political-persecution", "religious-persecution"),
                        Availability.UNAVAILABLE, TODAY.plusDays(20)),
                expert("c-one-theme", "IR", List.of("political-persecution"), Availability.AVAILABLE, null),
                expert("b-limited", "IR", List.of("religious-persecution", "political-persecution"),
                        Availability.LIMITED, null),
                expert("e-back-today", "IR", List.of("political-persecution", "religious-persecution"),
                        Availability.UNAVAILABLE, TODAY),
                expert("a-best", "IR", List.of("political-persecution", "religious-persecution", "corruption"),
                        Availability.AVAILABLE, null));

        List<ExpertMatch> ranked = experts.stream()
                .map(card -> ExpertMatch.of(card, request, TODAY))
                .sorted(ExpertMatch.BEST_FIRST)
                .toList();

        assertThat(ranked).extracting(match -> match.expert().slug())
                .containsExactly("a-best", "b-limited", "e-back-today", "c-one-theme", "d-away", "f-other-country");
        assertThat(ranked).extracting(ExpertMatch::matching).containsExactly(true, true, true, false, false, false);
        assertThat(ranked.get(3).themesMatched()).isEqualTo(1);
        assertThat(ranked.get(3).themesWanted()).isEqualTo(2);
    }

    @Test
    void the_expert_a_cv_request_asks_about_comes_first_and_a_request_without_a_country_is_covered_by_nobody() {
        ExpertCard asked = expert("z-asked", "MN", List.of(), Availability.LIMITED, null);
        ExpertCard other = expert("a-other", "IR", List.of(), Availability.AVAILABLE, null);
        // As the short form sends it: a CV, no country, the expert from the profile's link.
        var form = new RequestSubmission(RequesterKind.OTHER, "Ana", null, "ana@visitor.test", null, null,
                ContactChannel.EMAIL, true, null, null, null, List.of(), CaseStage.OTHER, null, false, "en", null,
                Set.of(RequestedService.EXPERT_CV), true, "", RequestKind.CV, asked.id());
        var request = new ReportRequest("ER-2026-000002", 1L, null, form, PrivacyNotice.VERSION,
                Instant.parse("2026-11-30T10:00:00Z"), ResponsePolicy.oneHourAroundTheClock());

        List<ExpertMatch> ranked = List.of(other, asked).stream()
                .map(card -> ExpertMatch.of(card, request, TODAY))
                .sorted(ExpertMatch.BEST_FIRST)
                .toList();

        assertThat(ranked).extracting(match -> match.expert().slug()).containsExactly("z-asked", "a-other");
        assertThat(ranked).extracting(ExpertMatch::askedFor).containsExactly(true, false);
        assertThat(ranked).extracting(ExpertMatch::coversCountry).containsOnly(false);
    }

    private static ExpertCard expert(String slug, String country, List<String> themes, Availability availability,
            LocalDate until) {
        return new ExpertCard(slug.hashCode(), slug, slug, "Analyst", "Bio", List.of(country), themes, List.of("en"),
                5, 1, FeeBasis.PAID, availability, Optional.ofNullable(until), true);
    }
}
