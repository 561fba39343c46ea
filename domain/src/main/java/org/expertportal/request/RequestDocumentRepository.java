package org.expertportal.request;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: which documents belong to which request. */
public interface RequestDocumentRepository {

    RequestDocument save(RequestDocument document);

    Optional<RequestDocument> findById(Long id);

    List<RequestDocument> findByRequestIdOrderByAddedAtAscIdAsc(long requestId);

    /** The documents of several requests in one statement (the client's dashboard). */
    List<RequestDocument> findByRequestIdInOrderByAddedAtAscIdAsc(Collection<Long> requestIds);

    void delete(RequestDocument document);
}
