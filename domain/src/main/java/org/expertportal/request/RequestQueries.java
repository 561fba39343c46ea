package org.expertportal.request;

import java.time.Instant;
import java.util.List;

/** Port: the reading side of requests (lists, pages, clock checks). Implemented by persistence. */
public interface RequestQueries {

    /**
     * The requests of {@code accountId}, and of its organisation when it has one, newest activity
     * first.
     */
    List<ReportRequest> visibleTo(long accountId, Long organisationId, int offset, int limit);

    long countVisibleTo(long accountId, Long organisationId);

    /**
     * {@link #visibleTo} narrowed to requests whose reference or client's own reference contains
     * {@code search} (case-insensitive, taken literally: {@code %} and {@code _} are no wildcards).
     */
    List<ReportRequest> visibleTo(long accountId, Long organisationId, String search, int offset, int limit);

    long countVisibleTo(long accountId, Long organisationId, String search);

    /** The same requests as {@link #visibleTo}, in the same order, as headlines: one statement for all. */
    List<RequestHeadline> headlinesVisibleTo(long accountId, Long organisationId, int limit);

    /** Unanswered requests whose warning time has come and whose warning was not sent yet. */
    List<ReportRequest> dueForWarning(Instant now, int limit);

    /** Unanswered requests whose escalation time has come and that were not escalated yet. */
    List<ReportRequest> dueForEscalation(Instant now, int limit);

    /** Requests the intake received from this address or this email since {@code since}. */
    long countIntakeSince(String addressHash, String emailHash, Instant since);
}
