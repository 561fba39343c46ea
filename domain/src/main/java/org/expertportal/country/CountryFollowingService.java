package org.expertportal.country;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.expertportal.identity.CurrentUser;
import org.expertportal.shared.NotFoundException;

/**
 * Signed-in people follow a country to hear when its article is republished. Each person only
 * ever sees and changes their own follows; the list of followers is for the alerting only.
 */
@Named
@Transactional
public class CountryFollowingService {

    private final CountryRepository countries;
    private final CountryFollowerRepository followers;
    private final CurrentUser currentUser;
    private final Clock clock;

    public CountryFollowingService(CountryRepository countries, CountryFollowerRepository followers,
            CurrentUser currentUser, Clock clock) {
        this.countries = countries;
        this.followers = followers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public boolean isFollowing(String slug) {
        if (currentUser.accountId().isEmpty()) {
            return false;
        }
        return followers.existsById(key(slug));
    }

    /** Starts following; following twice is the same as once. */
    public void follow(String slug) {
        CountryFollower.Key key = key(slug);
        if (!followers.existsById(key)) {
            followers.save(new CountryFollower(key.isoCode(), key.accountId(), clock.instant()));
        }
    }

    public void unfollow(String slug) {
        CountryFollower.Key key = key(slug);
        if (followers.existsById(key)) {
            followers.deleteById(key);
        }
    }

    /** The signed-in person's followed countries (what their home page lists). */
    public List<FollowedCountry> followedCountries() {
        if (currentUser.accountId().isEmpty()) {
            return List.of();
        }
        var followed = followers.findByKeyAccountId(currentUser.requireAccountId()).stream()
                .map(CountryFollower::getIsoCode)
                .toList();
        return countries.findAllWithRegion().stream()
                .filter(country -> followed.contains(country.getIsoCode()))
                .map(country -> new FollowedCountry(country.getIsoCode(), country.getSlug()))
                .toList();
    }

    /** A followed country: its code (for its translated name) and its page. */
    public record FollowedCountry(String isoCode, String slug) {
        public String nameKey() {
            return "country." + isoCode;
        }
    }

    /** The accounts to alert when the country's article is republished. */
    public List<Long> followersOf(String isoCode) {
        return followers.findByKeyIsoCode(isoCode).stream().map(CountryFollower::getAccountId).toList();
    }

    private CountryFollower.Key key(String slug) {
        long accountId = currentUser.requireAccountId();
        Country country = countries.findBySlug(slug).orElseThrow(NotFoundException::new);
        return new CountryFollower.Key(country.getIsoCode(), accountId);
    }
}
