package org.expertportal.country;

import jakarta.inject.Named;
import java.time.Instant;
import org.expertportal.personaldata.ErasureStep;

/** A granted erasure stops every country alert the client followed, after their requests. */
@Named
class CountryErasureStep implements ErasureStep {

    private final CountryFollowerRepository followers;

    CountryErasureStep(CountryFollowerRepository followers) {
        this.followers = followers;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public int erase(long clientAccountId, long decidedByAccountId, Instant now) {
        for (CountryFollower follow : followers.findByKeyAccountId(clientAccountId)) {
            followers.deleteById(new CountryFollower.Key(follow.getIsoCode(), follow.getAccountId()));
        }
        return 0;
    }
}
