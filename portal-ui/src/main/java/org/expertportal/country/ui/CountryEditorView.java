package org.expertportal.country.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.expertportal.account.Roles;
import org.expertportal.country.ArticlePublication;
import org.expertportal.country.ArticleVersion;
import org.expertportal.country.CountryEditingService;
import org.expertportal.country.CountryProfileService;
import org.expertportal.country.SourceDraft;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.shared.DomainException;
import org.expertportal.ui.DateField;
import org.expertportal.ui.Notifications;
import org.expertportal.ui.VisitorZone;

/**
 * Edit a country's profile: article (Markdown, previewed exactly as the public will see it),
 * sources, themes and review dates, published together as the next version. The history lists
 * every version with who published it.
 */
@Route("admin/countries/:slug")
@RolesAllowed(Roles.ADMIN)
class CountryEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CountryEditingService editing;
    private final CountryProfileService profiles;
    private final ArticleRenderer renderer;
    private final Clock clock;

    private final TextArea markdown = new TextArea();
    private final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    private final DateField lastReviewed = new DateField();
    private final DateField nextReview = new DateField();
    private final Grid<SourceDraft> sourceGrid = new Grid<>();
    private final List<SourceDraft> sources = new ArrayList<>();
    private final Div preview = new Div();
    private final Grid<ArticleVersion> history = new Grid<>();
    private String slug;
    private String countryName = "";
    private int basedOnVersion;

    CountryEditorView(CountryEditingService editing, CountryProfileService profiles, ArticleRenderer renderer,
            Clock clock) {
        this.editing = editing;
        this.profiles = profiles;
        this.renderer = renderer;
        this.clock = clock;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        var profile = profiles.profile(slug).orElse(null);
        if (profile == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        countryName = getTranslation(profile.nameKey());
        ArticlePublication current = editing.editableVersion(slug);
        basedOnVersion = current.basedOnVersion();
        removeAll();
        build();
        markdown.setValue(current.markdown());
        themes.setValue(new LinkedHashSet<>(current.themeKeys()));
        lastReviewed.setValue(current.lastReviewedOn());
        nextReview.setValue(current.nextReviewDue());
        sources.clear();
        sources.addAll(current.sources());
        sourceGrid.setItems(sources);
        history.setItems(editing.history(slug));
    }

    private void build() {
        var back = new RouterLink(getTranslation("admin.countries.back"), CountryReviewView.class);
        var publicPage = new RouterLink(getTranslation("admin.countries.public-page"), CountryProfileView.class,
                new RouteParameters("slug", slug));

        themes.setLabel(getTranslation("country.edit.themes"));
        themes.setItems(profiles.themeKeys());
        themes.setItemLabelGenerator(key -> getTranslation("theme." + key));
        themes.setWidthFull();
        themes.setId("edit-themes");
        lastReviewed.setLabel(getTranslation("country.edit.last-reviewed"));
        // The application's day, as CountryEditingService checks it: tests that move the clock move it too.
        lastReviewed.setMax(LocalDate.now(clock));
        lastReviewed.setId("edit-last-reviewed");
        nextReview.setLabel(getTranslation("country.edit.next-review"));
        nextReview.setId("edit-next-review");
        lastReviewed.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                nextReview.setValue(e.getValue().plusMonths(12));
            }
        });

        markdown.setLabel(getTranslation("country.edit.article"));
        markdown.setHelperText(getTranslation("country.edit.article.help"));
        markdown.setMaxLength(CountryEditingService.MAX_ARTICLE_LENGTH);
        markdown.setWidthFull();
        markdown.setMinHeight("24rem");
        markdown.setId("edit-markdown");

        var showPreview = new Button(getTranslation("country.edit.preview"), click -> {
            preview.removeAll();
            preview.add(new Html(renderer.toSafeHtml(markdown.getValue())));
        });
        showPreview.setId("edit-preview");
        preview.addClassName("portal-preview");
        preview.setId("preview");

        sourceGrid.addColumn(SourceDraft::title).setHeader(getTranslation("country.edit.source.title")).setFlexGrow(3);
        sourceGrid.addColumn(SourceDraft::publisher).setHeader(getTranslation("country.edit.source.publisher"));
        sourceGrid.addColumn(SourceDraft::year).setHeader(getTranslation("country.edit.source.year"));
        sourceGrid.addColumn(source -> source.url() == null ? "" : source.url())
                .setHeader(getTranslation("country.edit.source.url"));
        sourceGrid.addComponentColumn(source -> {
            var remove = new Button(getTranslation("country.edit.source.remove"), click -> {
                sources.remove(source);
                sourceGrid.setItems(sources);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        sourceGrid.setAllRowsVisible(true);
        sourceGrid.setId("edit-sources");

        var title = new TextField(getTranslation("country.edit.source.title"));
        title.setMaxLength(300);
        var publisher = new TextField(getTranslation("country.edit.source.publisher"));
        publisher.setMaxLength(200);
        var year = new IntegerField(getTranslation("country.edit.source.year"));
        year.setWidth("8rem");
        var url = new TextField(getTranslation("country.edit.source.url"));
        url.setMaxLength(500);
        var addSource = new Button(getTranslation("country.edit.source.add"), click -> {
            var draft = new SourceDraft(title.getValue(), publisher.getValue(),
                    year.getValue() == null ? 0 : year.getValue(), url.getValue());
            var refusal = draft.refusal();
            if (refusal.isPresent()) {
                Notifications.error(refusal.get(), sources.size() + 1).setPosition(Notification.Position.MIDDLE);
                return;
            }
            sources.add(draft);
            sourceGrid.setItems(sources);
            title.clear();
            publisher.clear();
            year.clear();
            url.clear();
        });
        var sourceForm = new HorizontalLayout(title, publisher, year, url, addSource);
        sourceForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        sourceForm.getStyle().set("flex-wrap", "wrap");

        var publish = new Button(getTranslation("country.edit.publish"), click -> publish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("edit-publish");

        history.addColumn(ArticleVersion::version).setHeader(getTranslation("admin.countries.version"));
        history.addColumn(version -> new DateTimeTexts(getLocale(), VisitorZone.of(Optional.empty())).dateTimeInZone(version.publishedAt()))
                .setHeader(getTranslation("country.edit.history.published"));
        history.addColumn(version -> version.publishedBy().isEmpty()
                        ? getTranslation("country.edit.history.installation") : version.publishedBy())
                .setHeader(getTranslation("country.edit.history.by"));
        history.setAllRowsVisible(true);
        history.setId("edit-history");

        var dates = new HorizontalLayout(lastReviewed, nextReview);
        add(back, new H1(getTranslation("country.edit.title", countryName)), publicPage, themes, dates, markdown,
                showPreview, preview, new H2(getTranslation("country.sources")), sourceGrid, sourceForm, publish,
                new H2(getTranslation("country.edit.history")), history);
    }

    private void publish() {
        markdown.setInvalid(false);
        themes.setInvalid(false);
        if (DateField.anyUnreadable(lastReviewed, nextReview)) {
            return;
        }
        try {
            int version = editing.publish(slug, new ArticlePublication(basedOnVersion, markdown.getValue(),
                    List.copyOf(sources), new LinkedHashSet<>(themes.getValue()), lastReviewed.getValue(),
                    nextReview.getValue()));
            basedOnVersion = version;
            history.setItems(editing.history(slug));
            Notifications.success("country.edit.published", version);
        } catch (DomainException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            if (refused.messageKey().startsWith("country.edit.article")) {
                markdown.setErrorMessage(message);
                markdown.setInvalid(true);
            } else if (refused.messageKey().startsWith("country.edit.themes")) {
                themes.setErrorMessage(message);
                themes.setInvalid(true);
            }
            Notifications.error(refused).setPosition(Notification.Position.MIDDLE);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("country.edit.title", countryName) + " | " + getTranslation("app.name");
    }
}
