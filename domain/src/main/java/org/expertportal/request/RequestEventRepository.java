package org.expertportal.request;

import java.util.Collection;
import java.util.List;

/**
 * Port: the timeline. Add and read only: nothing changes or removes an entry, except anonymisation,
 * which removes the client's name and notes from it.
 */
public interface RequestEventRepository {

    RequestEvent save(RequestEvent event);

    List<RequestEvent> findByRequestIdOrderByOccurredAtAscIdAsc(long requestId);

    /** The timelines of several requests in one statement (the client's dashboard). */
    List<RequestEvent> findByRequestIdInOrderByOccurredAtAscIdAsc(Collection<Long> requestIds);

    /** Anonymisation: entries the client's side made on one request lose their name and note. */
    int anonymiseClientEntries(long requestId, String neutralActor);

    /** Erasure: the person's name disappears from entries they made on any request. */
    int relabelActor(long actorAccountId, String neutralActor);
}
