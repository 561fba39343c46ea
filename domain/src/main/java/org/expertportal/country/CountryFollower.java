package org.expertportal.country;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A signed-in person who follows a country's profile. */
@Entity
@Table(name = "country_follower")
public class CountryFollower {

    @EmbeddedId
    private Key key;

    @Column(name = "followed_at", nullable = false)
    private Instant followedAt;

    protected CountryFollower() {}

    CountryFollower(String isoCode, long accountId, Instant followedAt) {
        this.key = new Key(isoCode, accountId);
        this.followedAt = followedAt;
    }

    public long getAccountId() {
        return key.accountId;
    }

    public String getIsoCode() {
        return key.isoCode;
    }

    /** Country and account: one follow each. */
    @Embeddable
    public record Key(@Column(name = "iso_code") String isoCode, @Column(name = "account_id") long accountId)
            implements Serializable {}
}
