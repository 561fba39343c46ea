package org.expertportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.test.context.TestContext;

/** The test clock's modes, and that the listener hands a shared context back with the system clock. */
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
        assertThat(clock.withZone(java.time.ZoneId.of("Europe/London")).instant()).isAfterOrEqualTo(later);
    }

    @Test
    void the_listener_resets_the_contexts_clock_after_a_test() {
        var context = new StaticApplicationContext();
        TestClock clock = new TestClock().fixAt(AT);
        context.getBeanFactory().registerSingleton("testClock", clock);
        context.refresh();
        TestContext testContext = mock(TestContext.class);
        when(testContext.hasApplicationContext()).thenReturn(true);
        when(testContext.getApplicationContext()).thenReturn(context);

        new TestClockReset().afterTestMethod(testContext);

        assertThat(clock.isSystem()).isTrue();
        assertThat(clock.instant()).isAfter(AT.plus(Duration.ofDays(1)));
    }
}
