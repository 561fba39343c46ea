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
import java.util.ArrayList;
import java.util.List;

/** A country in the coverage, identified by its ISO 3166 code (XK for Kosovo). */
@Entity
@Table(name = "country")
public class Country {

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

    public String nameKey() {
        return "country." + isoCode;
    }
}
