package org.expertportal.request;

import java.util.List;

/** Port: the client-visible message thread. */
public interface RequestMessageRepository {

    RequestMessage save(RequestMessage message);

    List<RequestMessage> findByRequestIdOrderBySentAtAscIdAsc(long requestId);
}
