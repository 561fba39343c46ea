package org.expertportal.country;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CountryArticleJpaRepository extends Repository<CountryArticle, Long>, CountryArticleRepository {

    @Override
    @Query("""
            select a from CountryArticle a join fetch a.country
            where a.versionNumber = (select max(b.versionNumber) from CountryArticle b where b.country = a.country)
            """)
    List<CountryArticle> findLatestOfEveryCountry();
}
