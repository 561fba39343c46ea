package org.expertportal.request;

import java.util.List;

/** Port: the client-visible message thread. */
public interface RequestMessageRepository {

    RequestMessage save(RequestMessage message);

    List<RequestMessage> findByRequestIdOrderBySentAtAscIdAsc(long requestId);

    /** Anonymisation: every message of the client's side of one request gets a neutral body and author. */
    int anonymiseClientMessages(long requestId, String neutralBody, String neutralAuthor);

    /** Erasure: the person's name disappears from messages they wrote on any request. */
    int relabelAuthor(long authorAccountId, String neutralAuthor);
}
