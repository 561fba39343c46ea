package org.expertportal.country;

import java.util.List;
import java.util.Optional;

/** Port: published article versions. */
public interface CountryArticleRepository {

    /** The version the public sees: the highest one. */
    Optional<CountryArticle> findFirstByCountryIsoCodeOrderByVersionNumberDesc(String isoCode);

    List<CountryArticle> findByCountryIsoCodeOrderByVersionNumberDesc(String isoCode);

    /** The latest version of every country that has one, for overviews and the search index. */
    List<CountryArticle> findLatestOfEveryCountry();

    CountryArticle save(CountryArticle article);
}
