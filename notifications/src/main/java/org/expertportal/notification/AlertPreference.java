package org.expertportal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One account's choice for one optional alert type. Without a row: on, immediately. */
@Entity
@Table(name = "alert_preference")
public class AlertPreference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_type", nullable = false, length = 48)
    private AlertType type;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "daily_digest", nullable = false)
    private boolean dailyDigest;

    protected AlertPreference() {}

    AlertPreference(long accountId, AlertType type) {
        this.accountId = accountId;
        this.type = type;
    }

    void choose(boolean enabled, boolean dailyDigest) {
        this.enabled = enabled;
        this.dailyDigest = dailyDigest;
    }

    public AlertType getType() {
        return type;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDailyDigest() {
        return dailyDigest;
    }
}
