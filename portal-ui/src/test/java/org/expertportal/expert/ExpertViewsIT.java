package org.expertportal.expert;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Set;
import org.expertportal.document.Fixtures;
import org.expertportal.document.Pdfs;
import org.expertportal.document.ui.DocumentUpload;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The expert pages as each role sees them. */
class ExpertViewsIT extends KaribuTest {

    @Autowired
    ExpertService experts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.expertportal.sample.SampleService samples;

    private String slug;

    @BeforeEach
    void anExpertWithACv() {
        slug = "views-" + System.nanoTime();
        signIn("admin@demo.test");
        long id = experts.create(Fixtures.expert(slug, "KG"));
        experts.uploadCvVersion(id, "cv.pdf", Fixtures.pdf());
        signOut();
        reloadPage();
    }

    @Test
    void the_directory_lists_the_demo_experts_and_filters_by_language_and_country() {
        UI.getCurrent().navigate("experts");
        assertThat(names()).contains("Dr Bolormaa Tsend", "Samuel Tesfay", "Dr Leila Karimi", "Andrei Volkov",
                "Dr María Fernanda Rojas");

        _setValue(_get(ComboBox.class, spec -> spec.withId("experts-filter-language")), "ti");
        assertThat(names()).containsExactly("Samuel Tesfay");

        _setValue(_get(ComboBox.class, spec -> spec.withId("experts-filter-language")), null);
        _setValue(_get(ComboBox.class, spec -> spec.withId("experts-filter-country")), "MN");
        assertThat(names()).contains("Dr Bolormaa Tsend").doesNotContain("Samuel Tesfay", "Andrei Volkov");
    }

    @Test
    void an_anonymous_visitor_reads_the_profile_but_is_asked_to_sign_in_for_the_cv() {
        UI.getCurrent().navigate("experts/" + slug);

        assertThat(_get(H1.class, spec -> spec.withId("expert-name")).getText()).isEqualTo("Test Expert " + slug);
        assertThat(_find(Anchor.class, spec -> spec.withId("cv-download"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("cv-sign-in")).getText()).contains("Sign in");
        // Not a dead end (#15, ADR 035): the visitor may ask for the CV without an account or a case.
        assertThat(_get(Anchor.class, spec -> spec.withId("cv-ask")).getHref())
                .startsWith("request/ask?kind=cv&expert=" + slug);
        assertThat(_get(Anchor.class, spec -> spec.withId("consultation-ask")).getHref())
                .startsWith("request/ask?kind=consultation&expert=" + slug);
        assertThat(_find(Section.class, spec -> spec.withId("conflict-notes"))).isEmpty();
    }

    @Test
    void a_client_gets_the_cv_download_but_never_the_internal_notes() {
        signIn("client@demo.test");
        UI.getCurrent().navigate("experts/" + slug);

        assertThat(_get(Anchor.class, spec -> spec.withId("cv-download")).getText())
                .isEqualTo("Download the CV (PDF, version 1)");
        assertThat(_find(Section.class, spec -> spec.withId("conflict-notes"))).isEmpty();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .noneMatch(text -> text.contains("advised a ministry"));
    }

    @Test
    void staff_see_the_conflict_of_interest_notes_on_the_profile() {
        signIn("staff@demo.test");
        UI.getCurrent().navigate("experts/" + slug);

        assertThat(_get(Section.class, spec -> spec.withId("conflict-notes")).getElement().getTextRecursively())
                .contains("Internal: once advised a ministry.");
    }

    @Test
    void an_administrator_sets_the_address_for_consultation_invites_and_no_public_page_shows_it() {
        signIn("admin@demo.test");
        long id = jdbc.queryForObject("select id from expert where slug = ?", Long.class, slug);
        ExpertDraft draft = experts.draftOf(id);
        assertThatThrownBy(() -> experts.update(id, withInviteEmail(draft, "not an address")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.fieldErrors()).containsOnlyKeys("inviteEmail"));
        assertThat(experts.draftOf(id).inviteEmail()).isEmpty();
        experts.update(id, withInviteEmail(draft, " Invites@Example.org "));
        assertThat(experts.draftOf(id).inviteEmail()).isEqualTo("invites@example.org");

        signIn("client@demo.test");
        UI.getCurrent().navigate("experts/" + slug);
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("invites@example.org");
    }

    private static ExpertDraft withInviteEmail(ExpertDraft d, String address) {
        return new ExpertDraft(d.name(), d.slug(), d.title(), d.bio(), d.yearsOfExperience(), d.reportsWritten(),
                d.feeBasis(), d.availability(), d.unavailableUntil(), d.countryIsoCodes(), d.themeKeys(),
                d.languageCodes(), d.conflictNotes(), d.cv(), address);
    }

    @Test
    void an_administrator_is_told_field_by_field_what_is_missing_and_nothing_is_saved() {
        signIn("admin@demo.test");
        UI.getCurrent().navigate("admin/experts");
        long before = jdbc.queryForObject("select count(*) from expert", Long.class);

        _click(_get(Button.class, spec -> spec.withId("new-expert")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("expert-yearsOfExperience")), -3);
        _click(_get(Button.class, spec -> spec.withId("save-expert")));

        TextField name = _get(TextField.class, spec -> spec.withId("expert-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("This field is required.");
        assertThat(_get(IntegerField.class, spec -> spec.withId("expert-yearsOfExperience")).getErrorMessage())
                .isEqualTo("Enter a number of years between 0 and 70.");
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("expert-countries")).isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from expert", Long.class)).isEqualTo(before);
    }

    @Test
    void an_administrator_creates_an_expert_who_then_appears_in_the_directory() {
        signIn("admin@demo.test");
        UI.getCurrent().navigate("admin/experts");
        _click(_get(Button.class, spec -> spec.withId("new-expert")));
        String name = "Nargiza Created " + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withId("expert-name")), name);
        _setValue(_get(TextField.class, spec -> spec.withId("expert-title")), "Historian");
        _setValue(_get(TextArea.class, spec -> spec.withId("expert-bio")), "Writes on Central Asia.");
        _setValue(_get(IntegerField.class, spec -> spec.withId("expert-yearsOfExperience")), 5);
        _setValue(_get(IntegerField.class, spec -> spec.withId("expert-reportsWritten")), 2);
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("expert-countries")), Set.of("UZ"));
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("expert-languages")), Set.of("uz", "ru"));
        _setValue(_get(TextArea.class, spec -> spec.withId("expert-cv-education")), "2001: MA\n\n2006: PhD");
        _click(_get(Button.class, spec -> spec.withId("save-expert")));

        String slug = ExpertService.slugOf(name);
        var profile = experts.publicProfile(slug).orElseThrow();
        assertThat(profile.card().countryIsoCodes()).containsExactly("UZ");
        assertThat(profile.cv().get(CvSection.EDUCATION)).containsExactly("2001: MA", "2006: PhD");
        assertThat(experts.publicExpertsForCountry("UZ")).extracting(ExpertCard::slug).contains(slug);
    }

    @Test
    void an_administrator_uploads_a_new_cv_version_and_a_non_pdf_is_refused_on_the_spot() {
        signIn("admin@demo.test");
        UI.getCurrent().navigate("admin/experts");
        List<ExpertCard> rows = experts.allExperts();
        int row = rows.indexOf(rows.stream().filter(e -> e.slug().equals(slug)).findFirst().orElseThrow());
        var actions = GridKt._getCellComponent(_get(Grid.class, spec -> spec.withId("admin-experts")), row, "actions");
        _click((Button) actions.getChildren().findFirst().orElseThrow());

        _upload(_get(Upload.class), "new-cv.pdf", "application/pdf", Pdfs.withPages(1));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("cv-versions")).getElement().getTextRecursively())
                .contains("Version 2: new-cv.pdf").contains("Version 1: cv.pdf");

        _upload(_get(Upload.class), "cv.pdf", "application/pdf", "not a pdf at all".getBytes());
        assertThat(_get(DocumentUpload.class).errorText()).isEqualTo("This file is not accepted: upload the CV as a PDF document whose name ends in .pdf.");
        assertThat(experts.cvVersions(experts.allExperts().stream()
                        .filter(e -> e.slug().equals(slug)).findFirst().orElseThrow().id()))
                .hasSize(2);
    }

    @Test
    void the_country_page_lists_its_experts_and_signed_in_people_download_its_samples() {
        signIn("staff@demo.test");
        long sample = samples.publish(Fixtures.sample("Kyrgyz sample " + System.nanoTime(), "KG"), "kg.pdf",
                Fixtures.pdf());
        signOut();
        reloadPage();

        UI.getCurrent().navigate("countries/kyrgyzstan");
        Section section = _get(Section.class, spec -> spec.withId("country-experts"));
        assertThat(section.getElement().getTextRecursively()).contains("Test Expert " + slug);
        assertThat(_find(Anchor.class, spec -> spec.withId("sample-download-" + sample))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("samples-sign-in")).getText()).contains("Sign in");
        assertThat(_get(Anchor.class, spec -> spec.withId("samples-ask")).getHref())
                .isEqualTo("request/ask?kind=sample&country=KG");

        signIn("client@demo.test");
        UI.getCurrent().navigate("countries/kyrgyzstan");
        assertThat(_get(Anchor.class, spec -> spec.withId("sample-download-" + sample)).getText())
                .startsWith("Download the sample (PDF, ");
    }

    private java.util.List<String> names() {
        return _get(UnorderedList.class, spec -> spec.withId("experts")).getChildren()
                .map(card -> card.getChildren().findFirst().orElseThrow().getElement().getTextRecursively())
                .toList();
    }
}
