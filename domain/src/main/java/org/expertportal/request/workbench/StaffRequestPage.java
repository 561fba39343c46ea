package org.expertportal.request.workbench;

import org.expertportal.request.ReportRequest;
import org.expertportal.request.RequestDocumentKind;
import org.expertportal.request.RequestStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.expertportal.request.tracking.ClientRequestViews.MessageEntry;
import org.expertportal.request.tracking.ClientRequestViews.TimelineEntry;

/**
 * Everything staff see of a request: what the client submitted with its contact details and
 * safety flags, the timeline, the thread, the internal notes and every document.
 *
 * @param version what the page was built from; changes are refused if the request moved on since
 */
public record StaffRequestPage(ReportRequest request, long version, Optional<String> organisationName,
        List<TimelineEntry> timeline, List<MessageEntry> messages, List<NoteEntry> notes,
        List<StaffDocumentEntry> documents, Set<RequestStatus> nextStatuses) {

    /** An internal note: staff only. */
    public record NoteEntry(Instant at, String author, String body) {}

    /** A document with whether the client's side has it. */
    public record StaffDocumentEntry(long id, RequestDocumentKind kind, String name, Instant addedAt,
            boolean sharedWithClient) {}
}
