package org.expertportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.expertportal.account.Account;
import org.expertportal.account.TestAccounts;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.shared.DomainException;
import org.junit.jupiter.api.Test;

class AlertPreferencesTest {

    private final List<AlertPreference> stored = new ArrayList<>();
    private final MailSettings settings = new MailSettings("no-reply@portal.test", "staff@portal.test",
            "https://portal.test", "Europe/Moscow", Duration.ofSeconds(10), List.of(Duration.ofMinutes(1)),
            Duration.ofHours(24), Duration.ofSeconds(30), Duration.ofMinutes(5), 8, Duration.ofMinutes(10), "GB");
    private final TestCurrentUser currentUser = new TestCurrentUser();
    private final AlertPreferences preferences = new AlertPreferences(new AlertPreferenceRepository() {
        @Override
        public Optional<AlertPreference> findByAccountIdAndType(long accountId, AlertType type) {
            return stored.stream().filter(p -> p.getType() == type).findFirst();
        }

        @Override
        public AlertPreference save(AlertPreference preference) {
            stored.add(preference);
            return preference;
        }
    }, currentUser, settings);

    @Test
    void security_alerts_always_go_immediately_and_cannot_be_switched_off() {
        currentUser.signIn(new Account("someone@portal.test", TestAccounts.DISPLAY_NAME, Role.CLIENT, Instant.EPOCH));
        for (AlertType type : List.of(AlertType.PASSWORD_CHANGED, AlertType.TEST_ALERT)) {
            assertThat(type.isMandatory()).isTrue();
            assertThatThrownBy(() -> preferences.choose(type, false, true))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("notification.preference.mandatory");
            assertThat(preferences.deliveryFor(1L, type)).isEqualTo(AlertPreferences.Delivery.IMMEDIATELY);
        }
        assertThat(stored).isEmpty();
    }

    @Test
    void optional_alerts_can_be_switched_off_or_gathered_in_the_daily_digest() {
        long accountId = 7L;
        CurrentUser signedIn = new CurrentUser() {
            @Override
            public Optional<Long> accountId() {
                return Optional.of(accountId);
            }

            @Override
            public boolean hasRole(Role role) {
                return role == Role.CLIENT;
            }
        };
        var own = new AlertPreferences(new AlertPreferenceRepository() {
            @Override
            public Optional<AlertPreference> findByAccountIdAndType(long account, AlertType type) {
                return stored.stream().filter(p -> p.getType() == type).findFirst();
            }

            @Override
            public AlertPreference save(AlertPreference preference) {
                stored.remove(preference);
                stored.add(preference);
                return preference;
            }
        }, signedIn, settings);
        assertThat(AlertType.COUNTRY_UPDATED.isMandatory()).isFalse();
        assertThat(own.deliveryFor(accountId, AlertType.COUNTRY_UPDATED)).isEqualTo(AlertPreferences.Delivery.IMMEDIATELY);

        own.choose(AlertType.COUNTRY_UPDATED, true, true);
        assertThat(own.deliveryFor(accountId, AlertType.COUNTRY_UPDATED)).isEqualTo(AlertPreferences.Delivery.DAILY_DIGEST);

        own.choose(AlertType.COUNTRY_UPDATED, false, false);
        assertThat(own.deliveryFor(accountId, AlertType.COUNTRY_UPDATED)).isEqualTo(AlertPreferences.Delivery.NOT_AT_ALL);
    }

    @Test
    void the_daily_digest_goes_out_at_the_digest_hour_in_the_recipients_time_zone() {
        // 04:30 UTC is 07:30 in Moscow: today at 08:00 Moscow, 05:00 UTC.
        assertThat(preferences.nextDigestTime(Instant.parse("2026-11-27T04:30:00Z")))
                .isEqualTo(Instant.parse("2026-11-27T05:00:00Z"));
        // 06:00 UTC is 09:00 in Moscow: tomorrow.
        assertThat(preferences.nextDigestTime(Instant.parse("2026-11-27T06:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-28T05:00:00Z"));
    }
}
