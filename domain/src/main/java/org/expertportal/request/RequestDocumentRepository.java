package org.expertportal.request;

import java.util.List;
import java.util.Optional;

/** Port: which documents belong to which request. */
public interface RequestDocumentRepository {

    RequestDocument save(RequestDocument document);

    Optional<RequestDocument> findById(Long id);

    List<RequestDocument> findByRequestIdOrderByAddedAtAscIdAsc(long requestId);

    void delete(RequestDocument document);
}
