package org.expertportal.request.servicelevel;

import java.time.Instant;
import java.util.List;
import org.expertportal.request.RequestStatus;

/**
 * Port: the service-level figures. Each method is one SQL statement, however many requests there
 * are; they read the indexes of migration 0070 (received time, delivery events).
 */
public interface ServiceLevelQueries {

    /**
     * Figures of requests received in each period {@code [bounds[i], bounds[i+1])}: one row per
     * period that received any, with its index.
     */
    List<PeriodRow> received(List<Instant> bounds, Instant now);

    /** First deliveries in each period and the median minutes from receipt to that delivery. */
    List<DeliveryRow> delivered(List<Instant> bounds);

    /** Open requests (not delivered, closed, declined or cancelled) by status and region. */
    List<OpenRow> open();

    /**
     * Requests received since {@code since} that missed their first-response time (answered late,
     * or still unanswered past it), newest first, at most {@code limit}.
     */
    List<Breach> breaches(Instant since, Instant now, int limit);

    record PeriodRow(int period, long received, long answered, long withinTarget, long breaches, long pending,
            Double medianMinutes, Double p90Minutes) {}

    record DeliveryRow(int period, long delivered, Double medianMinutes) {}

    record OpenRow(RequestStatus status, String regionKey, long count) {}

    record Breach(String reference, Instant receivedAt, Instant dueAt, Instant respondedAt, Integer minutes) {}
}
