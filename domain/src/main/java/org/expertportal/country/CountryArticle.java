package org.expertportal.country;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One published version of a country's article (Markdown, numbered sections) with its sources.
 * Versions are never changed once published: an edit publishes the next version.
 */
@Entity
@Table(name = "country_article")
public class CountryArticle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "iso_code", nullable = false)
    private Country country;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "body_markdown", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyMarkdown;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    /** The administrator who published it; null for content loaded with the installation. */
    @Column(name = "published_by")
    private Long publishedBy;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ArticleSource> sources = new ArrayList<>();

    protected CountryArticle() {}

    CountryArticle(Country country, int versionNumber, String bodyMarkdown, Instant publishedAt, Long publishedBy,
            List<SourceDraft> sourceDrafts) {
        this.country = country;
        this.versionNumber = versionNumber;
        this.bodyMarkdown = bodyMarkdown;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        for (int i = 0; i < sourceDrafts.size(); i++) {
            sources.add(new ArticleSource(this, i + 1, sourceDrafts.get(i)));
        }
    }

    public Long getId() {
        return id;
    }

    public Country getCountry() {
        return country;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Optional<Long> getPublishedBy() {
        return Optional.ofNullable(publishedBy);
    }

    public List<ArticleSource> getSources() {
        return List.copyOf(sources);
    }
}
