package org.expertportal.country;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CountryJpaRepository extends Repository<Country, String>, CountryRepository {

    @Override
    @Query("select c from Country c join fetch c.region r order by r.sortOrder, c.slug")
    List<Country> findAllWithRegion();
}
