package org.expertportal.country;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.expertportal.account.Account;
import org.expertportal.account.AccountLookup;
import org.expertportal.audit.AuditAction;
import org.expertportal.audit.AuditTarget;
import org.expertportal.audit.AuditTrail;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.notification.Alert;
import org.expertportal.notification.AlertPublisher;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.PortalLink;
import org.expertportal.shared.DomainEvents;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.shared.text.UserText;

/**
 * Administrators keep country profiles current: publish a new article version with its sources,
 * themes and review dates, and see which countries are due for review. Every published version is
 * kept with its author and time, and the people who follow the country are alerted.
 */
@Named
@Transactional
public class CountryEditingService {

    public static final int MAX_ARTICLE_LENGTH = 100_000;
    public static final int MAX_SOURCES = 40;

    private final CountryRepository countries;
    private final CountryProfileService profiles;
    private final CountryArticleRepository articles;
    private final ThemeRepository themes;
    private final AccountLookup accounts;
    private final CurrentUser currentUser;
    private final DomainEvents events;
    private final CountryFollowerRepository followers;
    private final AlertPublisher alerts;
    private final AuditTrail audit;
    private final Clock clock;

    public CountryEditingService(CountryRepository countries, CountryProfileService profiles,
            CountryArticleRepository articles,
            ThemeRepository themes, AccountLookup accounts, CurrentUser currentUser, DomainEvents events,
            CountryFollowerRepository followers, AlertPublisher alerts, AuditTrail audit, Clock clock) {
        this.countries = countries;
        this.profiles = profiles;
        this.articles = articles;
        this.themes = themes;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.followers = followers;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every country with its article version and review state, those due for review first. */
    public List<CountrySummary> countriesForReview() {
        requireAdministrator();
        return profiles.countries(Optional.empty(), Optional.empty()).stream()
                .sorted((a, b) -> Boolean.compare(b.reviewDue(), a.reviewDue()))
                .toList();
    }

    /** The current state of a country's profile, to start editing from. */
    public ArticlePublication editableVersion(String slug) {
        requireAdministrator();
        Country country = countries.findBySlug(slug).orElseThrow(NotFoundException::new);
        Optional<CountryArticle> current =
                articles.findFirstByCountryIsoCodeOrderByVersionNumberDesc(country.getIsoCode());
        return new ArticlePublication(
                current.map(CountryArticle::getVersionNumber).orElse(0),
                current.map(CountryArticle::getBodyMarkdown).orElse(""),
                current.map(a -> a.getSources().stream().map(ArticleSource::toDraft).toList()).orElse(List.of()),
                Set.copyOf(country.themeKeys()),
                country.getLastReviewedOn().orElse(null),
                country.getNextReviewDue().orElse(null));
    }

    /**
     * Publishes the next version. Refuses, with the reason as a translation key, an empty or huge
     * article, a bad source, no theme, an unknown theme, a review date in the future or a next
     * review before the last, and an edit based on a version that is no longer the latest.
     *
     * @return the new version number
     */
    public int publish(String slug, ArticlePublication publication) {
        Account author = accounts.findById(requireAdministrator()).orElseThrow(NotPermittedException::new);
        Country country = countries.findBySlug(slug).orElseThrow(NotFoundException::new);
        validate(publication);
        int latest = articles.findFirstByCountryIsoCodeOrderByVersionNumberDesc(country.getIsoCode())
                .map(CountryArticle::getVersionNumber)
                .orElse(0);
        if (latest != publication.basedOnVersion()) {
            throw new DomainException("country.edit.changed-meanwhile", latest);
        }
        List<Theme> chosenThemes = themes.findAllByOrderBySortOrderAsc().stream()
                .filter(theme -> publication.themeKeys().contains(theme.getKey()))
                .toList();
        if (chosenThemes.size() != publication.themeKeys().size()) {
            throw new DomainException("country.edit.themes.unknown");
        }
        country.changeThemes(chosenThemes);
        country.recordReview(publication.lastReviewedOn(), publication.nextReviewDue());
        countries.save(country);
        int version = latest + 1;
        articles.save(new CountryArticle(country, version, publication.markdown().strip(), clock.instant(),
                author.getId(), publication.sources()));
        events.publish(new CountryArticlePublished(country.getIsoCode(), version));
        audit.record(AuditAction.COUNTRY_ARTICLE_PUBLISHED, AuditTarget.COUNTRY, country.getIsoCode(),
                "version " + version);
        for (CountryFollower follower : followers.findByKeyIsoCode(country.getIsoCode())) {
            if (follower.getAccountId() != author.getId()) {
                // The email links home, where followed countries are listed: it never names the country.
                alerts.publish(Alert.about(AlertType.COUNTRY_UPDATED, follower.getAccountId(), PortalLink.to(PortalLink.Page.HOME),
                        clock.instant()));
            }
        }
        return version;
    }

    /** Every published version, newest first, with who published it. */
    public List<ArticleVersion> history(String slug) {
        requireAdministrator();
        Country country = countries.findBySlug(slug).orElseThrow(NotFoundException::new);
        return articles.findByCountryIsoCodeOrderByVersionNumberDesc(country.getIsoCode()).stream()
                .map(article -> new ArticleVersion(
                        article.getVersionNumber(),
                        article.getPublishedAt(),
                        article.getPublishedBy().flatMap(accounts::findById).map(Account::getDisplayName)
                                .orElse("")))
                .toList();
    }

    private void validate(ArticlePublication publication) {
        String markdown = publication.markdown() == null ? "" : publication.markdown().strip();
        if (markdown.isEmpty()) {
            throw new DomainException("country.edit.article.empty");
        }
        if (markdown.length() > MAX_ARTICLE_LENGTH) {
            throw new DomainException("country.edit.article.too-long", MAX_ARTICLE_LENGTH);
        }
        UserText.requireClean(markdown, UserText.Kind.TEXT);
        if (publication.sources().size() > MAX_SOURCES) {
            throw new DomainException("country.edit.sources.too-many", MAX_SOURCES);
        }
        for (int i = 0; i < publication.sources().size(); i++) {
            int position = i + 1;
            publication.sources().get(i).refusal().ifPresent(key -> {
                throw new DomainException(key, position);
            });
        }
        if (publication.themeKeys() == null || publication.themeKeys().isEmpty()) {
            throw new DomainException("country.edit.themes.empty");
        }
        LocalDate today = LocalDate.now(clock);
        if (publication.lastReviewedOn() == null || publication.lastReviewedOn().isAfter(today)) {
            throw new DomainException("country.edit.review.last.invalid");
        }
        if (publication.nextReviewDue() == null || !publication.nextReviewDue().isAfter(publication.lastReviewedOn())) {
            throw new DomainException("country.edit.review.next.invalid");
        }
    }

    private long requireAdministrator() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException();
        }
        return currentUser.requireAccountId();
    }
}
