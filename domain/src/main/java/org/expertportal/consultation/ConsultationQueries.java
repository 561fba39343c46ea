package org.expertportal.consultation;

import java.time.Instant;
import java.util.List;

/** Port: read-only projections of consultations across requests, in one statement each. */
public interface ConsultationQueries {

    /**
     * Booked consultations ending after {@code now}, of the requests the client may see (their own,
     * and their organisation's when {@code organisationId} is given), soonest first, at most
     * {@code limit}.
     */
    List<UpcomingConsultation> upcomingVisibleTo(long accountId, Long organisationId, Instant now, int limit);
}
