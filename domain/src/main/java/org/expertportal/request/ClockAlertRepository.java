package org.expertportal.request;

/** Port: the first-response alerts already sent. */
public interface ClockAlertRepository {

    /** Writes at once: a second row for the same request and kind fails on the unique key. */
    ClockAlert saveAndFlush(ClockAlert alert);

    boolean existsByRequestIdAndKind(long requestId, ClockAlert.Kind kind);
}
