package org.expertportal.country;

import java.util.List;

/** Port: the coverage as stored. */
public interface CountryRepository {

    /** Every country with its region, in region order. */
    List<Country> findAllWithRegion();

    long count();
}
