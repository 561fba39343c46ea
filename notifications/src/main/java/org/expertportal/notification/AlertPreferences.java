package org.expertportal.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.expertportal.identity.CurrentUser;
import org.expertportal.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which alerts a person gets, and when. Security and account alerts always go, immediately; for
 * the others each person chooses on or off, and immediately or in the daily digest.
 */
@Service
public class AlertPreferences {

    /** How one alert reaches its recipient. */
    public enum Delivery {
        IMMEDIATELY,
        DAILY_DIGEST,
        NOT_AT_ALL
    }

    private final AlertPreferenceRepository preferences;
    private final CurrentUser currentUser;
    private final MailSettings settings;

    AlertPreferences(AlertPreferenceRepository preferences, CurrentUser currentUser, MailSettings settings) {
        this.preferences = preferences;
        this.currentUser = currentUser;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public Delivery deliveryFor(long accountId, AlertType type) {
        if (type.isMandatory()) {
            return Delivery.IMMEDIATELY;
        }
        return preferences.findByAccountIdAndType(accountId, type)
                .map(p -> !p.isEnabled() ? Delivery.NOT_AT_ALL
                        : p.isDailyDigest() ? Delivery.DAILY_DIGEST : Delivery.IMMEDIATELY)
                .orElse(Delivery.IMMEDIATELY);
    }

    /** The signed-in person's choice for one optional alert type. */
    @Transactional
    public void choose(AlertType type, boolean enabled, boolean dailyDigest) {
        if (type.isMandatory()) {
            throw new DomainException("notification.preference.mandatory");
        }
        long accountId = currentUser.requireAccountId();
        AlertPreference preference = preferences.findByAccountIdAndType(accountId, type)
                .orElseGet(() -> new AlertPreference(accountId, type));
        preference.choose(enabled, dailyDigest);
        preferences.save(preference);
    }

    /** The signed-in person's own choice for one alert type. */
    @Transactional(readOnly = true)
    public Delivery myDelivery(AlertType type) {
        return deliveryFor(currentUser.requireAccountId(), type);
    }

    /** The next digest time after {@code now}, in the portal's default time zone. */
    Instant nextDigestTime(Instant now) {
        return nextDigestTime(now, settings.zone());
    }

    /** The next digest time after {@code now}: the digest hour in the recipient's time zone. */
    Instant nextDigestTime(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = local.toLocalDate().atTime(settings.digestHour(), 0).atZone(zone);
        return (today.isAfter(local) ? today : today.plusDays(1)).toInstant();
    }
}
