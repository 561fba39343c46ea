package org.expertportal.expert;

import java.util.Collection;
import java.util.List;
import org.expertportal.country.Country;
import org.expertportal.country.Theme;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ExpertJpaRepository extends Repository<Expert, Long>, ExpertRepository {

    @Override
    @Query("select c from Country c join fetch c.region where c.isoCode in :isoCodes")
    List<Country> findCountriesByIsoCodes(Collection<String> isoCodes);

    @Override
    @Query("select t from Theme t where t.key in :keys")
    List<Theme> findThemesByKeys(Collection<String> keys);

    @Override
    @Query("select c from Country c join fetch c.region r order by r.sortOrder, c.slug")
    List<Country> findAllCountries();

    @Override
    @Query("select t from Theme t order by t.sortOrder")
    List<Theme> findAllThemes();
}
