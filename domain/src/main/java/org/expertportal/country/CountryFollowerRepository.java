package org.expertportal.country;

import java.util.List;

/** Port: who follows which country. */
public interface CountryFollowerRepository {

    boolean existsById(CountryFollower.Key key);

    CountryFollower save(CountryFollower follower);

    void deleteById(CountryFollower.Key key);

    List<CountryFollower> findByKeyIsoCode(String isoCode);

    List<CountryFollower> findByKeyAccountId(long accountId);
}
