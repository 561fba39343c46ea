package org.expertportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.expertportal.TestClock;
import org.expertportal.audit.AuditTrail;
import org.expertportal.audit.InMemoryAuditEvents;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.junit.jupiter.api.Test;

class SessionServiceTest {

    private final TestClock clock = new TestClock().fixAt(Instant.parse("2026-11-27T10:00:00Z"));
    private final InMemorySessions rows = new InMemorySessions();
    private final CurrentUser nobody = new CurrentUser() {
        @Override
        public Optional<Long> accountId() {
            return Optional.empty();
        }

        @Override
        public boolean hasRole(Role role) {
            return false;
        }
    };
    private final SessionService sessions = new SessionService(rows, nobody, Optional::empty,
            new AuditTrail(new InMemoryAuditEvents(), nobody, Optional::empty, clock), clock);

    @Test
    void the_session_id_is_never_stored_and_last_seen_moves_at_most_once_a_minute() {
        sessions.seen("ABCDEF0123456789", 7, "Firefox on Linux", "192.0.2.1");
        UserSession row = rows.all.getFirst();
        assertThat(row.getSessionHash()).hasSize(64).doesNotContain("ABCDEF0123456789");

        clock.advance(Duration.ofSeconds(30));
        sessions.seen("ABCDEF0123456789", 7, "Firefox on Linux", "192.0.2.1");
        assertThat(row.getLastSeenAt()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
        clock.advance(Duration.ofSeconds(31));
        sessions.seen("ABCDEF0123456789", 7, "Firefox on Linux", "192.0.2.1");
        assertThat(row.getLastSeenAt()).isEqualTo(Instant.parse("2026-11-27T10:01:01Z"));
    }

    @Test
    void a_renamed_session_is_still_the_same_session_and_a_closed_one_may_not_come_back() {
        sessions.seen("before-sign-in-step", 7, null, null);
        sessions.idChanged("before-sign-in-step", "after-sign-in-step");
        assertThat(sessions.seen("after-sign-in-step", 7, null, null)).isTrue();
        assertThat(rows.all).hasSize(1);

        sessions.closed("after-sign-in-step");
        assertThat(sessions.seen("after-sign-in-step", 7, null, null)).isFalse();
    }
}
