package org.expertportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant CREATED = Instant.parse("2026-11-27T10:00:00Z");
    private final RetrySchedule schedule = new RetrySchedule(
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1)),
            Duration.ofHours(24));

    @Test
    void retries_after_one_five_and_fifteen_minutes_then_every_hour() {
        assertThat(schedule.nextAttempt(1, CREATED, CREATED)).contains(CREATED.plus(Duration.ofMinutes(1)));
        Instant second = CREATED.plusSeconds(60);
        assertThat(schedule.nextAttempt(2, CREATED, second)).contains(second.plus(Duration.ofMinutes(5)));
        Instant third = CREATED.plusSeconds(360);
        assertThat(schedule.nextAttempt(3, CREATED, third)).contains(third.plus(Duration.ofMinutes(15)));
        Instant fourth = CREATED.plusSeconds(1260);
        assertThat(schedule.nextAttempt(4, CREATED, fourth)).contains(fourth.plus(Duration.ofHours(1)));
        Instant tenth = CREATED.plus(Duration.ofHours(8));
        assertThat(schedule.nextAttempt(10, CREATED, tenth)).contains(tenth.plus(Duration.ofHours(1)));
    }

    @Test
    void gives_up_once_the_next_attempt_would_fall_after_a_day() {
        Instant late = CREATED.plus(Duration.ofHours(23)).plusSeconds(1);
        assertThat(schedule.nextAttempt(26, CREATED, late)).isEmpty();
        Instant justInTime = CREATED.plus(Duration.ofHours(23));
        assertThat(schedule.nextAttempt(25, CREATED, justInTime)).contains(CREATED.plus(Duration.ofHours(24)));
    }

    @Test
    void a_resend_starts_a_new_day_of_retries() {
        Instant resentAt = CREATED.plus(Duration.ofDays(2));
        assertThat(schedule.nextAttempt(30, resentAt, resentAt.plusSeconds(5))).isPresent();
    }

    @Test
    void errors_kept_for_the_admin_page_and_logs_carry_no_address() {
        var error = new IllegalStateException("Invalid Addresses: someone@firm.test, <other@firm.test>",
                new java.net.SocketTimeoutException("Read timed out"));
        assertThat(OutboxDispatcher.describe(error))
                .doesNotContain("someone@firm.test").doesNotContain("other@firm.test")
                .contains("Read timed out");
    }
}
