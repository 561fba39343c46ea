package org.expertportal.country;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of risk an expert report addresses, e.g. {@code political-persecution}. */
@Entity
@Table(name = "theme")
public class Theme {

    @Id
    @Column(name = "theme_key", length = 64)
    private String key;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Theme() {}

    public String getKey() {
        return key;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String nameKey() {
        return "theme." + key;
    }
}
