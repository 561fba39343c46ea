package org.expertportal.request;

import jakarta.inject.Named;
import java.time.Instant;
import org.expertportal.account.Account;
import org.expertportal.privacy.ErasureStep;

/** A granted erasure withdraws and anonymises the client's requests first, while the account still has its name. */
@Named
class RequestErasureStep implements ErasureStep {

    private final RequestAnonymisation anonymisation;

    RequestErasureStep(RequestAnonymisation anonymisation) {
        this.anonymisation = anonymisation;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public int erase(long clientAccountId, Account decidedBy, Instant now) {
        return anonymisation.anonymiseAllOf(clientAccountId, decidedBy, now);
    }
}
