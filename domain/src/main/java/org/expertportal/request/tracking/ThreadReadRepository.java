package org.expertportal.request.tracking;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: read markers of request threads, per person. */
public interface ThreadReadRepository {

    ThreadRead save(ThreadRead marker);

    Optional<ThreadRead> findByRequestIdAndAccountId(long requestId, long accountId);

    /** Per request, the staff messages {@code accountId} has not read yet, in one statement. */
    List<UnreadMessages> unreadFromStaff(long accountId, Collection<Long> requestIds);

    /** The person's markers with the request's reference, oldest read first (for the data export). */
    List<ReadMarker> markersOf(long accountId);

    /** Deletes all the person's markers (erasure); returns how many. */
    int deleteMarkersOf(long accountId);
}
