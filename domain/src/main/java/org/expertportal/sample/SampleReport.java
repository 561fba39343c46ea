package org.expertportal.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.expertportal.country.Country;
import org.expertportal.country.Theme;
import org.expertportal.document.Document;

/** An anonymised sample report published for a country and some of its themes. */
@Entity
@Table(name = "sample_report")
public class SampleReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_iso_code", nullable = false)
    private Country country;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "sample_report_theme",
            joinColumns = @JoinColumn(name = "sample_report_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_key"))
    private Set<Theme> themes = new HashSet<>();

    /** ISO 639 code of the report's language. */
    @Column(name = "language_code", nullable = false, length = 8)
    private String languageCode;

    @Column(name = "report_year", nullable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private Document document;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    private long publishedBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected SampleReport() {}

    SampleReport(SampleDraft draft, Country country, List<Theme> themes, Document document, Instant publishedAt,
            long publishedBy) {
        this.title = draft.title().strip();
        this.summary = draft.summary().strip();
        this.country = country;
        this.themes.addAll(themes);
        this.languageCode = draft.languageCode();
        this.year = draft.year();
        this.document = document;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    void retire(Instant at) {
        if (retiredAt == null) {
            retiredAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public Country getCountry() {
        return country;
    }

    public List<Theme> getThemes() {
        return themes.stream().sorted(Comparator.comparingInt(Theme::getSortOrder)).toList();
    }

    public String getLanguageCode() {
        return languageCode;
    }

    public int getYear() {
        return year;
    }

    public Document getDocument() {
        return document;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Optional<Instant> getRetiredAt() {
        return Optional.ofNullable(retiredAt);
    }

    public boolean isPublished() {
        return retiredAt == null;
    }
}
