package org.expertportal.request.tracking;

import jakarta.inject.Named;
import java.time.Instant;
import org.expertportal.personaldata.ErasureStep;

/**
 * A granted erasure deletes the person's read markers: the account is anonymised in place, so the
 * database's cascade on the account would never remove them.
 */
@Named
class ReadMarkerErasureStep implements ErasureStep {

    private final ThreadReadRepository reads;

    ReadMarkerErasureStep(ThreadReadRepository reads) {
        this.reads = reads;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public int erase(long clientAccountId, long decidedByAccountId, Instant now) {
        reads.deleteMarkersOf(clientAccountId);
        return 0;
    }
}
