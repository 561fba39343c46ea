package org.expertportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.expertportal.TestClock;
import org.expertportal.audit.AuditAction;
import org.expertportal.audit.AuditTrail;
import org.expertportal.audit.InMemoryAuditEvents;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.shared.NotPermittedException;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final TestClock clock = new TestClock().fixAt(Instant.parse("2026-11-27T10:00:00Z"));
    private final InMemoryFailures failures = new InMemoryFailures();
    private Role signedInRole;
    private final CurrentUser currentUser = new CurrentUser() {
        @Override
        public Optional<Long> accountId() {
            return Optional.ofNullable(signedInRole).map(role -> 1L);
        }

        @Override
        public boolean hasRole(Role role) {
            return role == signedInRole;
        }
    };
    private final InMemoryAuditEvents audited = new InMemoryAuditEvents();
    private final SignInThrottle throttle = new SignInThrottle(failures, currentUser,
            new AuditTrail(audited, currentUser, Optional::empty, clock), clock);

    @Test
    void four_failures_cost_nothing_the_fifth_starts_a_growing_delay() {
        failTimes("lawyer@firm.test", "10.0.0.1", 4);
        assertThat(throttle.notBefore("lawyer@firm.test", "10.0.0.1")).isEmpty();

        failTimes("lawyer@firm.test", "10.0.0.1", 1);
        assertThat(throttle.notBefore("lawyer@firm.test", "10.0.0.1")).contains(clock.instant().plusSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.notBefore("lawyer@firm.test", "10.0.0.1")).isEmpty();

        failTimes("lawyer@firm.test", "10.0.0.1", 1);
        assertThat(throttle.notBefore("lawyer@firm.test", "10.0.0.1")).contains(clock.instant().plusSeconds(2));
        failTimes("lawyer@firm.test", "10.0.0.1", 1);
        assertThat(throttle.notBefore("lawyer@firm.test", "10.0.0.1")).contains(clock.instant().plusSeconds(4));
    }

    @Test
    void ten_failures_within_fifteen_minutes_lock_the_address_for_fifteen_minutes_from_any_client() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("lawyer@firm.test", "10.0.0." + i);
            clock.advance(Duration.ofSeconds(60));
        }
        Instant tenth = clock.instant().minusSeconds(60);
        assertThat(throttle.notBefore("LAWYER@firm.test", "192.168.1.1")).contains(tenth.plus(SignInThrottle.LOCK));
        assertThat(audited.saved).as("the lockout is audited once, against the address's hash only")
                .singleElement().satisfies(event -> {
                    assertThat(event.getAction()).isEqualTo(AuditAction.SIGN_IN_LOCKED_OUT);
                    assertThat(event.getTargetId()).isEqualTo(SignInThrottle.addressKey("lawyer@firm.test"))
                            .doesNotContain("lawyer");
                    assertThat(event.getOccurredAt()).isEqualTo(tenth);
                });

        // Fourteen minutes after the tenth failure: still locked; fifteen: free again.
        clock.advance(Duration.ofMinutes(13));
        assertThat(throttle.notBefore("lawyer@firm.test", "192.168.1.1")).contains(tenth.plus(SignInThrottle.LOCK));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.notBefore("lawyer@firm.test", "192.168.1.1")).isEmpty();
    }

    @Test
    void failures_spread_over_more_than_the_window_never_lock() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("lawyer@firm.test", "10.0.0.1");
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(throttle.notBefore("lawyer@firm.test", "10.0.0.2")).isEmpty();
    }

    @Test
    void an_unknown_address_is_throttled_exactly_like_a_real_one() {
        failTimes("nobody@nowhere.test", "10.0.0.1", 5);
        failTimes("lawyer@firm.test", "10.0.0.9", 5);
        assertThat(throttle.notBefore("nobody@nowhere.test", null))
                .isEqualTo(throttle.notBefore("lawyer@firm.test", null));
    }

    @Test
    void a_success_clears_the_address_and_only_admins_unlock() {
        failTimes("lawyer@firm.test", null, 6);
        throttle.succeeded("lawyer@firm.test");
        assertThat(throttle.notBefore("lawyer@firm.test", null)).isEmpty();

        failTimes("lawyer@firm.test", null, 10);
        signedInRole = Role.STAFF;
        assertThatThrownBy(() -> throttle.unlock("lawyer@firm.test")).isInstanceOf(NotPermittedException.class);
        assertThat(throttle.notBefore("lawyer@firm.test", null)).isPresent();
        signedInRole = Role.ADMIN;
        throttle.unlock("lawyer@firm.test");
        assertThat(throttle.notBefore("lawyer@firm.test", null)).isEmpty();
    }

    @Test
    void a_busy_client_address_is_slowed_then_locked_at_fifty_failures() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("person" + i + "@firm.test", "10.0.0.1");
        }
        assertThat(throttle.notBefore("someone-new@firm.test", "10.0.0.1"))
                .contains(clock.instant().plus(SignInThrottle.LOCK));
        assertThat(throttle.notBefore("someone-new@firm.test", "10.0.0.2")).isEmpty();
    }

    @Test
    void nothing_readable_is_stored() {
        throttle.failed("lawyer@firm.test", "10.0.0.1");
        assertThat(failures.hashes).allSatisfy(hash -> assertThat(hash).hasSize(64).doesNotContain("lawyer", "10.0"));
    }

    private void failTimes(String email, String client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email, client);
        }
    }

    private static final class InMemoryFailures implements SignInFailureRepository {
        final List<Object[]> rows = new ArrayList<>();
        final List<String> hashes = new ArrayList<>();

        @Override
        public List<SignInFailure> findBySubjectAndSubjectHashAndFailedAtAfterOrderByFailedAtAsc(
                SignInFailure.Subject subject, String hash, Instant after) {
            return rows.stream()
                    .filter(row -> row[0] == subject && row[1].equals(hash))
                    .map(row -> (SignInFailure) row[2])
                    .filter(failure -> failure.getFailedAt().isAfter(after))
                    .sorted(Comparator.comparing(SignInFailure::getFailedAt))
                    .toList();
        }

        @Override
        public SignInFailure save(SignInFailure failure) {
            rows.add(new Object[] {failure.getSubject(), failure.getSubjectHash(), failure});
            hashes.add(failure.getSubjectHash());
            return failure;
        }

        @Override
        public long deleteBySubjectAndSubjectHash(SignInFailure.Subject subject, String hash) {
            int before = rows.size();
            rows.removeIf(row -> row[0] == subject && row[1].equals(hash));
            return before - rows.size();
        }

        @Override
        public long deleteByFailedAtBefore(Instant before) {
            int count = rows.size();
            rows.removeIf(row -> ((SignInFailure) row[2]).getFailedAt().isBefore(before));
            return count - rows.size();
        }
    }
}
