package org.expertportal.country;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A country in the coverage, identified by its ISO 3166 code (XK for Kosovo). */
@Entity
@Table(name = "country")
public class Country {

    public static final int REVIEW_INTERVAL_MONTHS = 12;

    @Id
    @Column(name = "iso_code", length = 2)
    private String isoCode;

    /** The stable URL name, e.g. {@code mongolia} for {@code /countries/mongolia}. */
    @Column(nullable = false, unique = true, length = 64)
    private String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_key", nullable = false)
    private Region region;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "country_theme",
            joinColumns = @JoinColumn(name = "iso_code"),
            inverseJoinColumns = @JoinColumn(name = "theme_key"))
    @OrderBy("sortOrder")
    private List<Theme> themes = new ArrayList<>();

    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;

    @Column(name = "next_review_due")
    private LocalDate nextReviewDue;

    protected Country() {}

    public String getIsoCode() {
        return isoCode;
    }

    public String getSlug() {
        return slug;
    }

    public Region getRegion() {
        return region;
    }

    public List<Theme> getThemes() {
        return List.copyOf(themes);
    }

    public Optional<LocalDate> getLastReviewedOn() {
        return Optional.ofNullable(lastReviewedOn);
    }

    public Optional<LocalDate> getNextReviewDue() {
        return Optional.ofNullable(nextReviewDue);
    }

    /**
     * Due for review when never reviewed, reviewed over {@value #REVIEW_INTERVAL_MONTHS} months
     * ago, or past its own next-review date.
     */
    public boolean isReviewDue(LocalDate today) {
        return lastReviewedOn == null
                || lastReviewedOn.isBefore(today.minusMonths(REVIEW_INTERVAL_MONTHS))
                || (nextReviewDue != null && nextReviewDue.isBefore(today));
    }

    public List<String> themeKeys() {
        return themes.stream().map(Theme::getKey).toList();
    }

    void changeThemes(List<Theme> newThemes) {
        themes.clear();
        themes.addAll(newThemes);
    }

    void recordReview(LocalDate reviewedOn, LocalDate nextDue) {
        this.lastReviewedOn = reviewedOn;
        this.nextReviewDue = nextDue;
    }

    public String nameKey() {
        return "country." + isoCode;
    }
}
