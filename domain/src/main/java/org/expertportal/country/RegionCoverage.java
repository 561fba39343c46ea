package org.expertportal.country;

import java.util.List;

/** A region and the ISO codes of the countries covered in it, for overviews. */
public record RegionCoverage(String regionKey, List<String> countryIsoCodes) {

    public String nameKey() {
        return "region." + regionKey;
    }
}
