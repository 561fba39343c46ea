package org.expertportal.request;

import java.time.Instant;
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

    /**
     * Records a client-side download as the first one, unless one is recorded already: one
     * statement, so two downloads at once still record exactly one (docs/adr/041).
     *
     * @return 1 if this was the first, else 0
     */
    int recordFirstClientDownload(long id, long accountId, Instant at);

    /** Erasure: the erased account is no longer named as anyone's first downloader; the times stay. */
    int forgetFirstClientDownloader(long accountId);
}
