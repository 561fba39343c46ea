package org.expertportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.test.context.TestContext;

/**
 * The listener hands a shared context back with the system clock. (The clock's own modes are tested
 * where it lives, in the test-support module.)
 */
class TestClockResetTest {

    private static final Instant AT = Instant.parse("2026-11-25T13:59:00Z");

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
