package org.expertportal.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When to try a failed alert again: after the configured delays (by default 1 min, 5 min, 15 min,
 * 1 h), then at the last delay again, until the alert has been pending for the give-up period.
 */
record RetrySchedule(List<Duration> delays, Duration giveUpAfter) {

    RetrySchedule {
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("At least one retry delay is needed");
        }
        delays = List.copyOf(delays);
    }

    static RetrySchedule of(MailSettings settings) {
        return new RetrySchedule(settings.retryDelays(), settings.giveUpAfter());
    }

    /**
     * @param failedAttempts attempts made so far, the one that just failed included
     * @return the next attempt, or empty when the alert should be marked failed
     */
    Optional<Instant> nextAttempt(int failedAttempts, Instant pendingSince, Instant now) {
        Duration delay = delays.get(Math.min(Math.max(failedAttempts, 1), delays.size()) - 1);
        Instant next = now.plus(delay);
        return next.isAfter(pendingSince.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
