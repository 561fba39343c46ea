package org.expertportal.request.workbench;

import java.time.Instant;
import java.util.Objects;

/**
 * Published (through {@code DomainEvents}, inside the use case's transaction) for every change
 * staff make to a request, so that an audit trail can record who did what and when without the
 * request feature knowing about it. It carries ids and the kind of change, never free text.
 *
 * @param detailId what the change was about, when it names a row: a document, an expert, an account
 */
public record RequestWorkRecorded(long requestId, String reference, long actorAccountId, Work work, Long detailId,
        Instant at) {

    public RequestWorkRecorded {
        Objects.requireNonNull(reference);
        Objects.requireNonNull(work);
        Objects.requireNonNull(at);
    }

    /** The kinds of change. */
    public enum Work {
        STATUS_CHANGED,
        REPLIED,
        NOTE_ADDED,
        STAFF_ASSIGNED,
        EXPERT_PROPOSED,
        EXPERT_ASSIGNED,
        INSTRUCTION_RECORDED,
        SAMPLE_SHARED,
        EXPERT_CV_SHARED,
        REPORT_UPLOADED,
        REPORT_DELIVERED
    }
}
