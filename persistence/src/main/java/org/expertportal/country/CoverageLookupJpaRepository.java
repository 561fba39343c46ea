package org.expertportal.country;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CoverageLookupJpaRepository extends Repository<Country, String>, CoverageLookup {

    @Override
    @Query("select c from Country c join fetch c.region where c.isoCode = :isoCode")
    Optional<Country> country(String isoCode);

    @Override
    @Query("select c from Country c join fetch c.region where c.isoCode in :isoCodes")
    List<Country> countries(Collection<String> isoCodes);

    @Override
    @Query("select t from Theme t where t.key in :keys")
    List<Theme> themes(Collection<String> keys);

    @Override
    @Query("select c from Country c join fetch c.region r order by r.sortOrder, c.slug")
    List<Country> allCountries();

    @Override
    @Query("select t from Theme t order by t.sortOrder")
    List<Theme> allThemes();
}
