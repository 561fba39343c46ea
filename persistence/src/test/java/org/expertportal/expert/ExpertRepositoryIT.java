package org.expertportal.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.expertportal.TestClock;
import org.expertportal.country.CoverageLookup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

/** Experts with their links, languages and structured CV, on MariaDB as Liquibase creates it. */
@SpringBootTest
@Transactional
class ExpertRepositoryIT {

    /** The module has no clock bean: the test keeps its own, at a fixed time. */
    private final TestClock clock = new TestClock().fixAt(Instant.parse("2026-11-27T09:00:00Z"));

    @Autowired
    ExpertRepository experts;

    @Autowired
    CoverageLookup coverage;

    @Autowired
    EntityManager entityManager;

    @Test
    void an_expert_comes_back_with_countries_themes_languages_and_cv_in_order() {
        var draft = new ExpertDraft("Dr Öyun Batbayar", "oyun-batbayar", "Anthropologist", "Bio", 12, 30,
                FeeBasis.PRO_BONO, Availability.UNAVAILABLE, LocalDate.of(2027, 2, 1), Set.of("MN", "KZ"),
                Set.of("corruption", "political-persecution"), Set.of("mn", "kk", "en"), "Internal note",
                Map.of(CvSection.EDUCATION, List.of("2001: BA", "2005: MA"), CvSection.TESTIMONY, List.of("2020: Tribunal")));
        Expert expert = new Expert("oyun-batbayar", Instant.parse("2026-11-27T10:00:00Z"));
        expert.apply(draft, "oyun-batbayar", coverage.countries(draft.countryIsoCodes()),
                coverage.themes(draft.themeKeys()));
        experts.save(expert);
        entityManager.flush();
        entityManager.clear();

        Expert found = experts.findBySlug("oyun-batbayar").orElseThrow();
        assertThat(found.getName()).isEqualTo("Dr Öyun Batbayar");
        assertThat(found.getCountries()).extracting(c -> c.getIsoCode()).containsExactly("KZ", "MN");
        assertThat(found.getThemes()).extracting(t -> t.getKey())
                .containsExactly("political-persecution", "corruption");
        assertThat(found.getLanguages()).containsExactly("en", "kk", "mn");
        assertThat(found.getCvEntries()).extracting(e -> e.getSection() + " " + e.getText())
                .containsSubsequence("EDUCATION 2001: BA", "EDUCATION 2005: MA")
                .contains("TESTIMONY 2020: Tribunal");
        assertThat(found.getUnavailableUntil()).contains(LocalDate.of(2027, 2, 1));
        assertThat(found.getConflictNotes()).contains("Internal note");
        assertThat(experts.findByActiveTrueOrderByNameAsc()).extracting(Expert::getSlug).contains("oyun-batbayar");
    }

    @Test
    void two_experts_cannot_share_a_slug() {
        var draft = new ExpertDraft("A", "same-slug", "T", "B", 1, 1, FeeBasis.PAID, Availability.AVAILABLE, null,
                Set.of("MN"), Set.of(), Set.of("en"), null, Map.of());
        Expert first = new Expert("same-slug", clock.instant());
        first.apply(draft, "same-slug", coverage.countries(Set.of("MN")), List.of());
        experts.save(first);
        entityManager.flush();
        assertThatThrownBy(() -> {
                    Expert second = new Expert("same-slug", clock.instant());
                    second.apply(draft, "same-slug", List.of(), List.of());
                    experts.save(second);
                    entityManager.flush();
                })
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("uk_expert_slug");
    }
}
