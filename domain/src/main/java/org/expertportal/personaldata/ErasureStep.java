package org.expertportal.personaldata;

import java.time.Instant;

/**
 * One feature's part of a granted erasure: declare a bean of this type in the feature that keeps
 * the client's data and the privacy feature's erasure approval runs it, in {@link #order()}, inside the
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
    int erase(long clientAccountId, long decidedByAccountId, Instant now);
}
