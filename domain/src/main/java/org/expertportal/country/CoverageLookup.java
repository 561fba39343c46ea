package org.expertportal.country;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Port: countries and themes by their codes, for features that link to the coverage (experts,
 * samples) and for the lists their forms offer. Read-only; reference data changes by migration.
 */
public interface CoverageLookup {

    Optional<Country> country(String isoCode);

    /** The countries among {@code isoCodes} that exist, with their regions; none for an empty list. */
    List<Country> countries(Collection<String> isoCodes);

    /** The themes among {@code keys} that exist; none for an empty list. */
    List<Theme> themes(Collection<String> keys);

    /** Every country with its region, in region order, then by slug. */
    List<Country> allCountries();

    /** Every theme in display order. */
    List<Theme> allThemes();
}
