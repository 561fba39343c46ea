package org.expertportal.country.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.expertportal.account.AccountService;
import org.expertportal.country.CountryFollowingService;
import org.expertportal.country.CountryProfile;
import org.expertportal.country.CountryProfileService;
import org.expertportal.country.SourceDraft;
import org.expertportal.expert.ExpertCard;
import org.expertportal.expert.ExpertService;
import org.expertportal.expert.ui.ExpertCards;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.sample.SampleService;
import org.expertportal.sample.ui.SampleReportList;
import org.expertportal.ui.ContactChannels;
import org.expertportal.ui.ContactDetails;
import org.expertportal.ui.ContentLanguage;
import org.expertportal.ui.Notifications;

/**
 * A country's public page: region and themes, the article in numbered sections, its sources, when
 * it was last reviewed, and the way to ask for a report on this country.
 */
@Route("countries/:slug")
@AnonymousAllowed
class CountryProfileView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CountryProfileService service;
    private final ArticleRenderer renderer;
    private String title = "";

    private final ContactChannels contact;
    private final CountryFollowingService following;
    private final AccountService accounts;

    private final ExpertService experts;
    private final SampleService samples;

    CountryProfileView(CountryProfileService service, ArticleRenderer renderer, ContactChannels contact,
            CountryFollowingService following, AccountService accounts, ExpertService experts,
            SampleService samples) {
        this.experts = experts;
        this.samples = samples;
        this.service = service;
        this.renderer = renderer;
        this.contact = contact;
        this.following = following;
        this.accounts = accounts;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        CountryProfile profile = service.profile(slug).orElse(null);
        if (profile == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = getTranslation(profile.nameKey());

        var back = new RouterLink(getTranslation("country.back-to-list"), CountriesView.class);
        var heading = new H1(title);
        heading.setId("country-name");

        var region = new RouterLink(getTranslation("region." + profile.regionKey()), CountriesView.class);
        region.setQueryParameters(QueryParameters.simple(Map.of("region", profile.regionKey())));
        region.setId("country-region");
        var themes = new Div();
        themes.addClassName("portal-badges");
        themes.setId("country-themes");
        profile.themeKeys().forEach(key -> {
            var link = new RouterLink(getTranslation("theme." + key), CountriesView.class);
            link.setQueryParameters(QueryParameters.simple(Map.of("theme", key)));
            link.addClassName("portal-badge");
            themes.add(link);
        });
        add(back, heading, new Paragraph(new Span(getTranslation("country.region") + ": "), region), themes);
        if (accounts.currentAccount().isPresent()) {
            add(followButton(profile.slug()));
        }
        // Who covers the country, from one source for the whole page: the public experts for it.
        List<ExpertCard> covering = experts.publicExpertsForCountry(profile.isoCode());
        add(review(profile));
        add(article(profile));
        add(expertsAndSamples(profile, covering));
        add(requestReport(profile));
    }

    /** Follow or stop following; the button says what a click will do. */
    private Button followButton(String slug) {
        var button = new Button();
        button.setId("follow-country");
        Runnable label = () -> button.setText(getTranslation(
                following.isFollowing(slug) ? "country.follow.stop" : "country.follow.start"));
        label.run();
        button.addClickListener(click -> {
            boolean nowFollowing = !following.isFollowing(slug);
            if (nowFollowing) {
                following.follow(slug);
            } else {
                following.unfollow(slug);
            }
            label.run();
            Notifications.info(nowFollowing ? "country.follow.started" : "country.follow.stopped", title);
        });
        return button;
    }

    private Paragraph review(CountryProfile profile) {
        var review = new Paragraph();
        review.addClassName("portal-muted");
        review.setId("country-review");
        profile.lastReviewedOn().ifPresentOrElse(
                date -> review.add(getTranslation("country.last-reviewed", format(date))),
                () -> review.add(getTranslation("country.not-reviewed")));
        profile.nextReviewDue().ifPresent(date -> review.add(" · " + getTranslation("country.next-review", format(date))));
        return review;
    }

    private Section article(CountryProfile profile) {
        var section = new Section();
        section.setId("country-article");
        if (profile.article().isEmpty()) {
            // No claim about experts here: the experts section below says who covers the country.
            var pending = new Paragraph(getTranslation("country.no-article"));
            pending.setId("country-no-article");
            section.add(pending, new Paragraph(AskAboutCountry.link(profile.slug())));
            return section;
        }
        CountryProfile.PublishedArticle article = profile.article().get();
        ContentLanguage.note(getLocale()).ifPresent(section::add);
        var text = new Html(renderer.toSafeHtml(article.markdown()));
        text.addClassName("portal-content");
        // Stored in English: laid out left to right even on an Arabic or Farsi page.
        text.getElement().setAttribute("lang", ContentLanguage.STORED_TEXTS.getLanguage()).setAttribute("dir", "auto");
        section.add(text);
        var published = new Paragraph(getTranslation("country.article-version", article.version(),
                format(LocalDate.ofInstant(article.publishedAt(), ZoneOffset.UTC))));
        published.addClassName("portal-muted");
        section.add(published);
        if (!article.sources().isEmpty()) {
            var sources = new OrderedList();
            sources.setId("country-sources");
            sources.addClassName("portal-content");
            sources.getElement().setAttribute("dir", "auto");
            for (SourceDraft source : article.sources()) {
                var item = new ListItem(new Span(source.title() + " — " + source.publisher() + ", " + source.year()));
                if (source.url() != null) {
                    var link = new Anchor(source.url(), getTranslation("country.source.open"));
                    link.setTarget("_blank");
                    link.getElement().setAttribute("rel", "nofollow noopener noreferrer");
                    item.add(new Span(" · "), link);
                }
                sources.add(item);
            }
            section.add(new H2(getTranslation("country.sources")), sources);
        }
        return section;
    }

    /**
     * The experts who cover this country, and its sample reports (downloads for signed-in people).
     * The only place on the page that says whether anyone covers the country, and it says so from
     * the list it shows.
     */
    private Section expertsAndSamples(CountryProfile profile, List<ExpertCard> covering) {
        var section = new Section(new H2(getTranslation("country.experts")));
        section.setId("country-experts");
        var coverage = new Paragraph(getTranslation(covering.isEmpty() ? "country.experts.none" : "country.experts.covered"));
        coverage.setId("country-coverage");
        section.add(coverage);
        if (!covering.isEmpty()) {
            section.add(new ExpertCards(covering));
        }
        section.add(new H2(getTranslation("country.samples")), new SampleReportList(samples,
                List.of(profile.isoCode()), accounts.currentAccount().isPresent()));
        return section;
    }

    private Section requestReport(CountryProfile profile) {
        var section = new Section(new H2(getTranslation("country.request.title")),
                new Paragraph(getTranslation("country.request.lead", title)));
        section.setId("country-request");
        // The request form arrives with the intake feature; until then, the contact details.
        boolean formExists = RouteConfiguration.forApplicationScope().getRoute("request").isPresent();
        if (formExists) {
            var request = new Button(getTranslation("country.request.button", title), click -> getUI().ifPresent(
                    ui -> ui.navigate("request", QueryParameters.simple(Map.of("country", profile.slug())))));
            request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            request.setId("request-report");
            section.add(request);
            // The short requests (docs/adr/035): no case needed.
            section.add(askButton(profile, "sample", "request.short.ask-sample"),
                    askButton(profile, "consultation", "request.short.ask-consultation"));
        } else {
            section.add(new Paragraph(getTranslation("country.request.contact")), new ContactDetails(contact));
        }
        return section;
    }

    private Button askButton(CountryProfile profile, String kind, String textKey) {
        var ask = new Button(getTranslation(textKey), click -> getUI().ifPresent(ui -> ui.navigate("request/ask",
                QueryParameters.simple(Map.of("kind", kind, "country", profile.slug())))));
        ask.setId("ask-" + kind);
        return ask;
    }

    private String format(LocalDate date) {
        return DateTimeTexts.date(date, getLocale());
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
