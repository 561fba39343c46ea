package org.expertportal.country;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Public use cases on the coverage: anyone, signed in or not, may read it. */
@Named
@Transactional
public class CoverageService {

    private final CountryRepository countries;

    public CoverageService(CountryRepository countries) {
        this.countries = countries;
    }

    /** The regions in their display order, each with its countries (by slug). */
    public List<RegionCoverage> regions() {
        Map<Integer, List<Country>> byRegionOrder = countries.findAllWithRegion().stream()
                .collect(Collectors.groupingBy(c -> c.getRegion().getSortOrder(), TreeMap::new, Collectors.toList()));
        return byRegionOrder.values().stream()
                .map(inRegion -> new RegionCoverage(
                        inRegion.getFirst().getRegion().getKey(),
                        inRegion.stream()
                                .sorted(Comparator.comparing(Country::getSlug))
                                .map(Country::getIsoCode)
                                .toList()))
                .toList();
    }
}
