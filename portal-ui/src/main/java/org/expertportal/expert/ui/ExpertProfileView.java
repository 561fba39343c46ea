package org.expertportal.expert.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.expertportal.account.AccountService;
import org.expertportal.account.AccountSummary;
import org.expertportal.document.ui.DocumentDownloads;
import org.expertportal.expert.CvSection;
import org.expertportal.expert.ExpertCard;
import org.expertportal.expert.ExpertProfile;
import org.expertportal.expert.ExpertService;
import org.expertportal.identity.Role;
import org.expertportal.sample.SampleService;
import org.expertportal.sample.ui.SampleReportList;
import org.expertportal.ui.ContentLanguage;
import org.expertportal.ui.Texts;

/**
 * An active expert's full public profile. Signed-in visitors download the PDF CV (recorded);
 * staff and administrators also see the internal conflict-of-interest notes.
 */
@Route("experts/:slug")
@AnonymousAllowed
class ExpertProfileView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ExpertService expertService;
    private final SampleService sampleService;
    private final AccountService accountService;
    private String title = "";

    ExpertProfileView(ExpertService expertService, SampleService sampleService, AccountService accountService) {
        this.expertService = expertService;
        this.sampleService = sampleService;
        this.accountService = accountService;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Optional<ExpertProfile> profile = expertService.publicProfile(slug);
        if (profile.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        show(profile.get(), accountService.currentAccount());
    }

    private void show(ExpertProfile profile, Optional<AccountSummary> account) {
        ExpertCard expert = profile.card();
        title = expert.name();
        var name = Texts.content(new H1(expert.name()));
        name.setId("expert-name");
        add(new RouterLink(getTranslation("expert.back"), ExpertsView.class), name,
                Texts.content(new Paragraph(expert.title())));
        ContentLanguage.note(getLocale()).ifPresent(note -> {
            note.setId("expert-bio-language");
            add(note);
        });
        add(Texts.content(new Paragraph(expert.bio())),
                ExpertFacts.experience(this, expert), ExpertFacts.countries(this, expert),
                ExpertFacts.themes(this, expert), ExpertFacts.languages(this, expert));

        add(cvSection(expert.slug(), profile, account));
        if (account.map(a -> a.role() == Role.CLIENT).orElse(true)) {
            // The three asks, from the profile too: a consultation that names this expert.
            add(new Paragraph(askLink(profile, "consultation", "request.short.ask-consultation", "consultation-ask")));
        }

        if (account.map(a -> a.role() == Role.STAFF || a.role() == Role.ADMIN).orElse(false)) {
            var notes = new Section(new H2(getTranslation("expert.conflict-notes")));
            notes.setId("conflict-notes");
            notes.addClassName("portal-internal");
            notes.add(expertService.conflictNotes(expert.slug())
                    .<Component>map(text -> Texts.content(new Paragraph(text)))
                    .orElseGet(() -> new Paragraph(getTranslation("expert.conflict-notes.none"))));
            add(notes);
        }

        var samples = new Section(new H2(getTranslation("expert.samples")),
                new SampleReportList(sampleService, expert.countryIsoCodes(), account.isPresent()));
        samples.setId("expert-samples");
        add(samples);
    }

    private Section cvSection(String slug, ExpertProfile profile, Optional<AccountSummary> account) {
        var section = new Section(new H2(getTranslation("expert.cv")));
        section.setId("expert-cv");
        if (profile.cv().values().stream().anyMatch(lines -> !lines.isEmpty())) {
            ContentLanguage.note(getLocale()).ifPresent(section::add);
        }
        for (Map.Entry<CvSection, List<String>> part : profile.cv().entrySet()) {
            var lines = new UnorderedList();
            part.getValue().forEach(line -> lines.add(Texts.content(new ListItem(line))));
            section.add(new H3(getTranslation(part.getKey().nameKey())), lines);
        }
        boolean staff = account.map(a -> a.role() == Role.STAFF || a.role() == Role.ADMIN).orElse(false);
        if (profile.currentCvVersion().isEmpty()) {
            section.add(new Paragraph(getTranslation("expert.cv.no-pdf")));
            if (!staff) {
                // No PDF here yet: our staff can still send it on request (docs/adr/035, 039).
                section.add(new Paragraph(askLink(profile, "cv", "request.short.ask-cv", "cv-ask")));
            }
        } else if (account.isPresent()) {
            var download = new Anchor(DocumentDownloads.handler(sink -> expertService.downloadCv(slug, sink)),
                    getTranslation("expert.cv.download", profile.currentCvVersion().get()));
            download.setId("cv-download");
            section.add(download);
        } else {
            // Not a dead end (docs/adr/035): anyone may ask for the CV without an account or a case.
            var hint = new Paragraph(getTranslation("expert.cv.sign-in"));
            hint.setId("cv-sign-in");
            section.add(hint, new Paragraph(askLink(profile, "cv", "request.short.ask-cv", "cv-ask")));
        }
        return section;
    }

    /**
     * A link to the short form that names this expert, recorded on the request (docs/adr/039). No
     * country: the expert may cover several, and the person need not name one.
     */
    private Anchor askLink(ExpertProfile profile, String kind, String textKey, String id) {
        String target = "request/ask?kind=" + kind + "&expert=" + profile.card().slug();
        var ask = new Anchor(target, getTranslation(textKey));
        ask.setId(id);
        return ask;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
