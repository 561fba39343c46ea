package org.expertportal.request.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The first-response promise: a response within {@code targetMinutes} of service time; staff on
 * duty are warned after {@code warnAfterMinutes} without one, and admins are told of the breach
 * after {@code escalateAfterMinutes}. Built from configuration by the application.
 */
public record ResponsePolicy(int targetMinutes, int warnAfterMinutes, int escalateAfterMinutes, ServiceHours hours) {

    public ResponsePolicy {
        Objects.requireNonNull(hours);
        if (targetMinutes <= 0 || warnAfterMinutes <= 0 || escalateAfterMinutes <= 0) {
            throw new IllegalArgumentException("Response times must be positive minutes");
        }
        if (warnAfterMinutes >= escalateAfterMinutes) {
            throw new IllegalArgumentException("The warning must come before the escalation");
        }
    }

    /** Below this much time left before the first response is due, pages show the request as urgent. */
    public static final Duration SHORT_OF_TIME = Duration.ofMinutes(15);

    /** Whether {@code left} (not yet overdue) is short enough that the request is shown as urgent. */
    public static boolean isShortOfTime(Duration left) {
        return left.compareTo(SHORT_OF_TIME) < 0;
    }

    /** One hour, warning at 45 minutes, around the clock. */
    public static ResponsePolicy oneHourAroundTheClock() {
        return new ResponsePolicy(60, 45, 60, ServiceHours.always());
    }

    public Instant dueAt(Instant received) {
        return hours.plusServiceMinutes(received, targetMinutes);
    }

    public Instant warnAt(Instant received) {
        return hours.plusServiceMinutes(received, warnAfterMinutes);
    }

    public Instant escalateAt(Instant received) {
        return hours.plusServiceMinutes(received, escalateAfterMinutes);
    }
}
