package org.expertportal.request.workbench;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.expertportal.account.Account;
import org.expertportal.account.AccountLookup;
import org.expertportal.document.Document;
import org.expertportal.document.DocumentService;
import org.expertportal.document.DocumentSink;
import org.expertportal.expert.Expert;
import org.expertportal.expert.ExpertLookup;
import org.expertportal.notification.Alert;
import org.expertportal.notification.AlertPublisher;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.PortalLink;
import org.expertportal.notification.RequestChange;
import org.expertportal.request.ActorLabels;
import org.expertportal.request.ClosingReason;
import org.expertportal.request.ReportRequest;
import org.expertportal.request.ReportRequestRepository;
import org.expertportal.request.RequestAccess;
import org.expertportal.request.RequestDocument;
import org.expertportal.request.RequestDocumentRepository;
import org.expertportal.request.RequestEvent;
import org.expertportal.request.RequestEventRepository;
import org.expertportal.request.RequestMessage;
import org.expertportal.request.RequestMessageRepository;
import org.expertportal.request.RequestReference;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.RequestTexts;
import org.expertportal.request.tracking.ClientRequestViews.MessageEntry;
import org.expertportal.request.tracking.ClientRequestViews.TimelineEntry;
import org.expertportal.request.workbench.StaffRequestPage.NoteEntry;
import org.expertportal.request.workbench.StaffRequestPage.StaffDocumentEntry;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotFoundException;

/**
 * Staff working a request: status changes, replies to the client, internal notes. A status change
 * or a reply is a response the client can see and stops the first-response clock; a note does not.
 * Changes carry the version the staff member saw, so two people never silently overwrite each other.
 */
@Named
@Transactional
public class RequestHandlingService {

    private final RequestAccess access;
    private final ReportRequestRepository requests;
    private final RequestEventRepository timeline;
    private final RequestMessageRepository messages;
    private final InternalNoteRepository notes;
    private final RequestDocumentRepository requestDocuments;
    private final DocumentService documentService;
    private final AccountLookup accounts;
    private final AlertPublisher alerts;
    private final Clock clock;
    private final StaffChange changes;
    private final ExpertLookup experts;

    public RequestHandlingService(RequestAccess access, ReportRequestRepository requests,
            RequestEventRepository timeline, RequestMessageRepository messages, InternalNoteRepository notes,
            RequestDocumentRepository requestDocuments,
            DocumentService documentService, AccountLookup accounts, AlertPublisher alerts,
            Clock clock, StaffChange changes, ExpertLookup experts) {
        this.access = access;
        this.requests = requests;
        this.timeline = timeline;
        this.messages = messages;
        this.notes = notes;
        this.requestDocuments = requestDocuments;
        this.documentService = documentService;
        this.accounts = accounts;
        this.alerts = alerts;
        this.clock = clock;
        this.changes = changes;
        this.experts = experts;
    }

    public StaffRequestPage page(String reference) {
        ReportRequest request = access.forStaff(reference);
        long id = request.getId();
        return new StaffRequestPage(StaffRequestPage.Submitted.of(request,
                        request.getRequestedExpertId().flatMap(experts::findById).map(Expert::getName)), request.getVersion(),
                request.getOrganisationId().flatMap(accounts::findOrganisation).map(o -> o.getName()),
                timeline.findByRequestIdOrderByOccurredAtAscIdAsc(id).stream()
                        .map(TimelineEntry::of)
                        .toList(),
                messages.findByRequestIdOrderBySentAtAscIdAsc(id).stream()
                        .map(MessageEntry::of)
                        .toList(),
                notes.findByRequestIdOrderByWrittenAtAscIdAsc(id).stream()
                        .map(n -> new NoteEntry(n.getWrittenAt(), n.getAuthorLabel(), n.getBody()))
                        .toList(),
                requestDocuments.findByRequestIdOrderByAddedAtAscIdAsc(id).stream()
                        .map(d -> new StaffDocumentEntry(d.getId(), d.getKind(), d.getOriginalName(), d.getAddedAt(),
                                d.isSharedWithClient()))
                        .toList(),
                request.getStatus().next());
    }

    /**
     * Moves the request on, with a public note the client reads; Declined and Cancelled need a
     * reason. Refused if the request changed since {@code seenVersion}.
     */
    public void changeStatus(String reference, long seenVersion, RequestStatus target, ClosingReason reason,
            String publicNote) {
        Account me = access.me();
        ReportRequest request = access.forStaff(reference);
        requireUnchanged(request, seenVersion);
        String note = RequestTexts.optionalNote(publicNote);
        Instant now = clock.instant();
        RequestStatus from = request.moveTo(target, reason, now);
        request.respondedAt(now);
        // The request row first: a concurrent change then waits on it and fails on its version,
        // instead of both sides locking the child tables first and deadlocking.
        requests.saveAndFlush(request);
        timeline.save(new RequestEvent(request.getId(), now, me.getId(), me.getRole(), ActorLabels.of(me), from,
                target, request.getClosingReason().orElse(null), note));
        alertClient(request, now, RequestChange.STATUS);
        changes.recorded(new StaffChange.Change(me, request, now), RequestWorkRecorded.Work.STATUS_CHANGED, null);
    }

    /** A reply the client reads in the thread. Counts as the first response. */
    public void reply(String reference, long seenVersion, String body) {
        Account me = access.me();
        ReportRequest request = access.forStaff(reference);
        requireUnchanged(request, seenVersion);
        String text = RequestTexts.message(body);
        Instant now = clock.instant();
        request.respondedAt(now);
        request.touch(now);
        requests.saveAndFlush(request);
        RequestMessage sent = messages.save(new RequestMessage(request.getId(), me.getId(), true, ActorLabels.of(me),
                text, now));
        alertClient(request, now, RequestChange.REPLY);
        changes.recorded(new StaffChange.Change(me, request, now), RequestWorkRecorded.Work.REPLIED, sent.getId());
    }

    /** A staff-only note. The client never sees it, and it does not stop the first-response clock. */
    public void addNote(String reference, String body) {
        Account me = access.me();
        ReportRequest request = access.forStaff(reference);
        Instant now = clock.instant();
        InternalNote note = notes.save(new InternalNote(request.getId(), me.getId(), ActorLabels.of(me),
                RequestTexts.message(body), now));
        changes.recorded(new StaffChange.Change(me, request, now), RequestWorkRecorded.Work.NOTE_ADDED, note.getId());
    }

    /** Any document of the request, for staff. */
    public void download(String reference, long requestDocumentId, DocumentSink sink) {
        ReportRequest request = access.forStaff(reference);
        RequestDocument attached = requestDocuments.findById(requestDocumentId)
                .filter(d -> d.getRequestId() == request.getId())
                .orElseThrow(NotFoundException::new);
        Document document = documentService.findById(attached.getDocumentId()).orElseThrow(NotFoundException::new);
        documentService.deliver(document, RequestTexts.purposeOf(attached.getKind()), sink);
    }

    private static void requireUnchanged(ReportRequest request, long seenVersion) {
        if (request.getVersion() != seenVersion) {
            throw new DomainException("request.refused.changed-meanwhile");
        }
    }

    private void alertClient(ReportRequest request, Instant now, RequestChange change) {
        alerts.publish(Alert.requestUpdated(request.getClientAccountId(), request.getReference(), now, change));
    }
}
