package org.expertportal.country;

import java.util.List;
import java.util.Optional;

/** Port: the coverage as stored. */
public interface CountryRepository {

    /** Every country with its region, in region order. */
    List<Country> findAllWithRegion();

    Optional<Country> findBySlug(String slug);

    long count();

    Country save(Country country);
}
