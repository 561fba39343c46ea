package org.expertportal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one settable clock of every module's tests. By default it is the system clock; a test sets it
 * {@linkplain #fixAt fixed} (time stands still, as a unit test of the domain wants) or
 * {@linkplain #moveFrom moving} (anchored at an instant and advancing with real elapsed time, which
 * a browser journey needs for sessions, polling and second-factor codes), and may
 * {@linkplain #advance advance} it either way. In the web module's integration tests the whole Spring
 * context reads time from one of these ({@code TestClockConfiguration}), and {@code TestClockReset}
 * puts it back to the system clock after every test method, because contexts are cached and shared
 * by the test classes that follow.
 */
public final class TestClock extends Clock {

    /** Where time stands: an anchor instant, and the {@link System#nanoTime()} it was anchored at, if moving. */
    private record State(Instant anchor, long anchoredAtNanos, boolean moving) {}

    private static final State SYSTEM = new State(null, 0, true);

    /**
     * The first instant MariaDB's {@code TIMESTAMP} columns cannot hold. A test that sets its clock here or later
     * would fail only when the database is written, and only on the runs whose random offset reached it.
     */
    public static final Instant END_OF_TIMESTAMPS = Instant.parse("2038-01-19T03:14:08Z");

    private volatile State state = SYSTEM;

    /** Time stands still at {@code instant} until the test moves it. */
    public TestClock fixAt(Instant instant) {
        state = new State(storable(instant), 0, false);
        return this;
    }

    /** Time starts at {@code instant} now and runs on at the real pace. */
    public TestClock moveFrom(Instant instant) {
        state = new State(storable(instant), System.nanoTime(), true);
        return this;
    }

    /** Jumps ahead (fixed or moving). */
    public TestClock advance(Duration duration) {
        Instant now = instant();
        State current = state;
        state = current.moving() ? new State(storable(now.plus(duration)), System.nanoTime(), true)
                : new State(storable(now.plus(duration)), 0, false);
        return this;
    }

    private static Instant storable(Instant instant) {
        if (!instant.isBefore(END_OF_TIMESTAMPS)) {
            throw new IllegalArgumentException(
                    "A test clock at " + instant + " is past what a TIMESTAMP column holds (" + END_OF_TIMESTAMPS + ")");
        }
        return instant;
    }

    /** Back to the system clock. */
    public void reset() {
        state = SYSTEM;
    }

    public boolean isSystem() {
        return state == SYSTEM;
    }

    @Override
    public Instant instant() {
        State current = state;
        if (current == SYSTEM) {
            return Instant.now();
        }
        if (!current.moving()) {
            return current.anchor();
        }
        return current.anchor().plusNanos(System.nanoTime() - current.anchoredAtNanos());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The application works in UTC instants; a zoned view of this clock reads the same time. */
    @Override
    public Clock withZone(ZoneId zone) {
        TestClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }
}
