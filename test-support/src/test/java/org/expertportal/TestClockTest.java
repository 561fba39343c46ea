package org.expertportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The test clock's modes: system, fixed and moving. */
class TestClockTest {

    private static final Instant AT = Instant.parse("2026-11-25T13:59:00Z");

    @Test
    void fixed_time_stands_still_until_advanced() throws InterruptedException {
        TestClock clock = new TestClock().fixAt(AT);
        Thread.sleep(5);
        assertThat(clock.instant()).isEqualTo(AT);
        assertThat(clock.advance(Duration.ofHours(1)).instant()).isEqualTo(AT.plus(Duration.ofHours(1)));
    }

    @Test
    void moving_time_starts_at_the_anchor_and_runs_on() throws InterruptedException {
        TestClock clock = new TestClock().moveFrom(AT);
        Instant first = clock.instant();
        Thread.sleep(20);
        Instant later = clock.instant();
        assertThat(first).isBetween(AT, AT.plusSeconds(1));
        assertThat(later).isAfter(first).isBefore(AT.plusSeconds(5));
        assertThat(clock.withZone(ZoneId.of("Europe/London")).instant()).isAfterOrEqualTo(later);
    }

    @Test
    void reset_goes_back_to_the_system_clock() {
        TestClock clock = new TestClock().fixAt(AT);
        assertThat(clock.isSystem()).isFalse();

        clock.reset();

        assertThat(clock.isSystem()).isTrue();
        assertThat(clock.instant()).isAfter(AT.plus(Duration.ofDays(1)));
    }

    @Test
    void refuses_a_time_the_database_cannot_store() {
        TestClock clock = new TestClock().fixAt(TestClock.END_OF_TIMESTAMPS.minusSeconds(1));
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(1))).hasMessageContaining("TIMESTAMP");
        assertThatThrownBy(() -> new TestClock().moveFrom(Instant.parse("2040-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
