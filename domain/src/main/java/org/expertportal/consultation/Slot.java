package org.expertportal.consultation;

import java.time.Duration;
import java.time.Instant;

/** A time a consultation can take place: from {@code start} to {@code end}, as instants. */
public record Slot(Instant start, Instant end) {

    /** Whether this slot and [{@code from}, {@code to}) come closer than {@code gap} to each other. */
    boolean clashes(Instant from, Instant to, Duration gap) {
        return start.isBefore(to.plus(gap)) && from.isBefore(end.plus(gap));
    }
}
