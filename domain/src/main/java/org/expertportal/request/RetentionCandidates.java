package org.expertportal.request;

import jakarta.inject.Named;
import java.util.Optional;

/**
 * The requests the retention job weighs, by id, for privacy's retention use case (it runs as the
 * system, for no person). The request tables stay private to this feature.
 */
@Named
public class RetentionCandidates {

    private final ReportRequestRepository requests;

    RetentionCandidates(ReportRequestRepository requests) {
        this.requests = requests;
    }

    public Optional<ReportRequest> findById(Long requestId) {
        return requests.findById(requestId);
    }
}
