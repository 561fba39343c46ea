package org.expertportal.country;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the seven regions the coverage is grouped by, e.g. {@code east-africa}. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    @Column(name = "region_key", length = 64)
    private String key;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Region() {}

    public String getKey() {
        return key;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String nameKey() {
        return "region." + key;
    }
}
