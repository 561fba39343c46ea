package org.expertportal.request.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.expertportal.request.RequestStatus;

/**
 * Port: the queue's reads. Each method is one SQL statement whatever the page size or the number
 * of requests, and runs on an index of migration 0070 (docs/adr/022).
 */
public interface StaffQueueQueries {

    /**
     * Up to {@code limit} lines in urgency order after {@code after} (null: from the top).
     *
     * @param regionCountries with a region filter, the countries of that region (the filter's region
     *     key itself is not read: the queue never joins the country table, see ADR 022)
     * @param me the staff account asking, for the "mine" filter
     */
    List<QueueLine> page(QueueFilter filter, Set<String> regionCountries, long me, Instant now,
            LocalDate today, QueueCursor after, int limit);

    /** How many requests there are in each status. */
    Map<RequestStatus, Long> countByStatus();

    /** Enabled staff and administrators who can own a request: id and display name, by name. */
    List<StaffMember> staffMembers();

    record StaffMember(long id, String name) {}
}
