package org.expertportal.request;

import java.util.List;

/** Port: the timeline. Add and read only: nothing changes or removes an entry. */
public interface RequestEventRepository {

    RequestEvent save(RequestEvent event);

    List<RequestEvent> findByRequestIdOrderByOccurredAtAscIdAsc(long requestId);
}
