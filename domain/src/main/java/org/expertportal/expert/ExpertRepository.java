package org.expertportal.expert;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.expertportal.country.Country;
import org.expertportal.country.Theme;

/** Port: experts, and the coverage they are linked to. */
public interface ExpertRepository {

    Expert save(Expert expert);

    Optional<Expert> findById(Long id);

    Optional<Expert> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Expert> findAllByOrderByNameAsc();

    List<Expert> findByActiveTrueOrderByNameAsc();

    List<Country> findCountriesByIsoCodes(Collection<String> isoCodes);

    List<Theme> findThemesByKeys(Collection<String> keys);

    List<Country> findAllCountries();

    List<Theme> findAllThemes();
}
