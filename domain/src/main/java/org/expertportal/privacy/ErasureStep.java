package org.expertportal.privacy;

import java.time.Instant;
import org.expertportal.account.Account;

/**
 * One feature's part of a granted erasure: declare a bean of this type in the feature that keeps
 * the client's data and {@link ErasureService#approve} runs it, in {@link #order()}, inside the
 * approval's transaction (a failing step undoes the whole erasure). The administrator's decision
 * has been checked and recorded before any step runs.
 */
public interface ErasureStep {

    /** Lower first. The account itself goes last, after every step that may still read it. */
    int order();

    /**
     * Anonymises or deletes this feature's data about the client.
     *
     * @return how many of the client's requests this step anonymised, for the audit trail; 0 for a
     *     feature that keeps no requests
     */
    int erase(long clientAccountId, Account decidedBy, Instant now);
}
