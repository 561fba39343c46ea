package org.expertportal.account;

import jakarta.inject.Named;
import java.time.Instant;
import org.expertportal.personaldata.ErasureStep;

/** The account itself, last step of a granted erasure: every other step may still read it. */
@Named
class AccountErasureStep implements ErasureStep {

    private final AccountErasure accountErasure;

    AccountErasureStep(AccountErasure accountErasure) {
        this.accountErasure = accountErasure;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public int erase(long clientAccountId, long decidedByAccountId, Instant now) {
        accountErasure.erase(clientAccountId);
        return 0;
    }
}
