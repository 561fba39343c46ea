package org.expertportal.sample;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.expertportal.country.Country;
import org.expertportal.country.Theme;

/** Port: sample reports, and the coverage they are linked to. */
public interface SampleReportRepository {

    SampleReport save(SampleReport sample);

    Optional<SampleReport> findById(Long id);

    List<SampleReport> findAllByOrderByPublishedAtDesc();

    List<SampleReport> findByCountryIsoCodeAndRetiredAtIsNullOrderByYearDescTitleAsc(String isoCode);

    Optional<Country> findCountry(String isoCode);

    List<Theme> findThemesByKeys(Collection<String> keys);

    List<Country> findAllCountries();

    List<Theme> findAllThemes();
}
