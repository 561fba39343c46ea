package org.expertportal.request.intake;

import jakarta.inject.Named;
import java.time.Instant;
import org.expertportal.personaldata.ErasureStep;

/** A granted erasure also erases the requests still held for the account's confirmation (docs/adr/033). */
@Named
class HeldRequestErasureStep implements ErasureStep {

    private final HeldRequestService held;

    HeldRequestErasureStep(HeldRequestService held) {
        this.held = held;
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public int erase(long clientAccountId, long decidedByAccountId, Instant now) {
        return held.eraseAllOf(clientAccountId);
    }
}
