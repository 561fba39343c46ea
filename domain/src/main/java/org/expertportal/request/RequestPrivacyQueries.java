package org.expertportal.request;

import java.time.Instant;
import java.util.List;

/** Port: the requests that export, erasure and retention work on. Implemented by persistence. */
public interface RequestPrivacyQueries {

    /** The requests the account made itself (not its organisation's), oldest first. */
    List<ReportRequest> ownedBy(long clientAccountId);

    /**
     * Finished, not anonymised, not yet warned requests whose last activity was at or before
     * {@code lastActivityBefore}: their clients are due the 30-day warning.
     */
    List<Long> dueForRetentionWarning(Instant lastActivityBefore, int limit);

    /**
     * Finished, not anonymised requests whose last activity was at or before {@code
     * lastActivityBefore} and whose client was warned at or before {@code warnedBefore}.
     */
    List<Long> dueForAnonymisation(Instant lastActivityBefore, Instant warnedBefore, int limit);
}
