package org.expertportal.request;

import jakarta.inject.Named;
import java.time.Instant;
import org.expertportal.account.AccountLookup;
import org.expertportal.personaldata.ErasureStep;

/** A granted erasure withdraws and anonymises the client's requests first, while the account still has its name. */
@Named
class RequestErasureStep implements ErasureStep {

    private final RequestAnonymisation anonymisation;
    private final AccountLookup accounts;

    RequestErasureStep(RequestAnonymisation anonymisation, AccountLookup accounts) {
        this.anonymisation = anonymisation;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public int erase(long clientAccountId, long decidedByAccountId, Instant now) {
        return anonymisation.anonymiseAllOf(clientAccountId, accounts.findById(decidedByAccountId).orElseThrow(), now);
    }
}
