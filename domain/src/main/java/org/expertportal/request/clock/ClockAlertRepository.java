package org.expertportal.request.clock;

/** Port: the first-response alerts already sent. */
interface ClockAlertRepository {

    /** Writes at once: a second row for the same request and kind fails on the unique key. */
    ClockAlert saveAndFlush(ClockAlert alert);

    boolean existsByRequestIdAndKind(long requestId, ClockAlert.Kind kind);
}
