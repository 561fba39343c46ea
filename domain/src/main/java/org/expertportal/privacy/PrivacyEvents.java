package org.expertportal.privacy;

import java.time.Instant;

/**
 * What the privacy use cases tell the rest of the portal, inside their transactions: the audit
 * trail records these (ids and times only, never a name, an address or a reason).
 */
public final class PrivacyEvents {

    private PrivacyEvents() {}

    /** A client downloaded the export of their data. */
    public record DataExported(long accountId, Instant at) {}

    /** A client asked for erasure. */
    public record ErasureRequested(long erasureRequestId, long accountId, Instant at) {}

    /** An administrator granted an erasure; the account and its requests are anonymised in the same transaction. */
    public record ErasureApproved(long erasureRequestId, long accountId, long adminId, int requestsAnonymised,
            Instant at) {}

    /** An administrator refused an erasure. */
    public record ErasureRefused(long erasureRequestId, long accountId, long adminId, Instant at) {}

    /** The retention job anonymised a finished request. */
    public record RequestAnonymisedByRetention(long requestId, Instant at) {}
}
