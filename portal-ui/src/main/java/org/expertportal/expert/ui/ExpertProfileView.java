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

        add(cvSection(expert.slug(), profile, account.isPresent()));

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

    private Section cvSection(String slug, ExpertProfile profile, boolean signedIn) {
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
        if (profile.currentCvVersion().isEmpty()) {
            section.add(new Paragraph(getTranslation("expert.cv.no-pdf")));
        } else if (signedIn) {
            var download = new Anchor(DocumentDownloads.handler(sink -> expertService.downloadCv(slug, sink)),
                    getTranslation("expert.cv.download", profile.currentCvVersion().get()));
            download.setId("cv-download");
            section.add(download);
        } else {
            // Not a dead end (docs/adr/035): anyone may ask for the CV without an account or a case.
            var hint = new Paragraph(getTranslation("expert.cv.sign-in"));
            hint.setId("cv-sign-in");
            // The expert goes on the request (docs/adr/039): staff see whose CV is asked for.
            String target = "request/ask?kind=cv&expert=" + slug + profile.card().countryIsoCodes().stream().findFirst()
                    .map(iso -> "&country=" + iso).orElse("");
            var ask = new Anchor(target, getTranslation("request.short.ask-cv"));
            ask.setId("cv-ask");
            section.add(hint, new Paragraph(ask));
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
