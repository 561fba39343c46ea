package org.expertportal.request;

import java.util.Optional;

/** Port: where requests are kept. Implemented by the persistence module. */
public interface ReportRequestRepository {

    Optional<ReportRequest> findByReference(String reference);

    Optional<ReportRequest> findById(Long id);

    ReportRequest save(ReportRequest request);

    /** Saves and writes at once, so that a concurrent change fails here, inside the use case. */
    ReportRequest saveAndFlush(ReportRequest request);
}
