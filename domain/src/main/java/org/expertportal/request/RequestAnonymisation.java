package org.expertportal.request;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.expertportal.account.Account;
import org.expertportal.account.AccountErasure;
import org.expertportal.document.Document;
import org.expertportal.document.DocumentService;
import org.expertportal.request.workbench.RequestHandlingService;
import org.expertportal.shared.NotFoundException;

/**
 * The request half of erasure and retention, for the privacy use cases that decided it (they check
 * who may do it). Anonymising a request removes the requester's personal data from the request, the
 * client side's messages and timeline entries, and deletes the case documents and report versions
 * (files, rows and download records). Staff-written text stays as the organisation's record; shared
 * samples and CVs are not the client's data and stay too.
 */
@Named
@Transactional(Transactional.TxType.MANDATORY)
public class RequestAnonymisation {

    /** What replaces a message the client's side wrote. Stored text, the same in every language. */
    public static final String ERASED_MESSAGE = "[removed]";

    /** The documents that are the client's case rather than the organisation's published material. */
    private static final Set<RequestDocumentKind> CASE_KINDS =
            EnumSet.of(RequestDocumentKind.CASE_DOCUMENT, RequestDocumentKind.REPORT);

    private final ReportRequestRepository requests;
    private final RequestPrivacyQueries queries;
    private final RequestEventRepository timeline;
    private final RequestMessageRepository messages;
    private final RequestDocumentRepository requestDocuments;
    private final DocumentService documentService;

    public RequestAnonymisation(ReportRequestRepository requests, RequestPrivacyQueries queries,
            RequestEventRepository timeline, RequestMessageRepository messages,
            RequestDocumentRepository requestDocuments, DocumentService documentService) {
        this.requests = requests;
        this.queries = queries;
        this.timeline = timeline;
        this.messages = messages;
        this.requestDocuments = requestDocuments;
        this.documentService = documentService;
    }

    /**
     * Erasure of a client: each of their requests still open is withdrawn (cancelled, or closed
     * once delivered) in the deciding administrator's name, then every one of their requests is
     * anonymised, and their name leaves the messages and timeline entries they wrote on colleagues'
     * requests too, as does their account from the first downloads of colleagues' reports.
     *
     * @return how many requests were anonymised
     */
    public int anonymiseAllOf(long clientAccountId, Account decidedBy, Instant now) {
        List<ReportRequest> owned = queries.ownedBy(clientAccountId);
        for (ReportRequest request : owned) {
            finish(request, decidedBy, now);
            anonymise(request, now);
        }
        messages.relabelAuthor(clientAccountId, AccountErasure.ERASED_NAME);
        timeline.relabelActor(clientAccountId, AccountErasure.ERASED_NAME);
        // On colleagues' requests the report stays, and so does when it was first downloaded; not by whom.
        requestDocuments.forgetFirstClientDownloader(clientAccountId);
        return owned.size();
    }

    /** Retention: one finished request loses its personal data. Does nothing when done already. */
    public boolean anonymiseFinished(long requestId, Instant now) {
        ReportRequest request = requests.findById(requestId).orElseThrow(NotFoundException::new);
        if (!request.getStatus().isFinished() || request.getAnonymisedAt().isPresent()) {
            return false;
        }
        anonymise(request, now);
        return true;
    }

    /** Retention: records that the client was warned, once. */
    public void markWarned(long requestId, Instant now) {
        ReportRequest request = requests.findById(requestId).orElseThrow(NotFoundException::new);
        request.retentionWarned(now);
        requests.saveAndFlush(request);
    }

    private void finish(ReportRequest request, Account decidedBy, Instant now) {
        if (request.getStatus().isFinished()) {
            return;
        }
        boolean cancel = request.getStatus().canMoveTo(RequestStatus.CANCELLED);
        RequestStatus target = cancel ? RequestStatus.CANCELLED : RequestStatus.CLOSED;
        ClosingReason reason = cancel ? ClosingReason.CLIENT_WITHDREW : null;
        RequestStatus from = request.moveTo(target, reason, now);
        requests.saveAndFlush(request);
        timeline.save(new RequestEvent(request.getId(), now, decidedBy.getId(), decidedBy.getRole(),
                ActorLabels.of(decidedBy), from, target, reason, null));
    }

    private void anonymise(ReportRequest request, Instant now) {
        request.anonymise(AccountErasure.ERASED_NAME, now);
        // The request row first, as every request use case does (see RequestHandlingService).
        requests.saveAndFlush(request);
        messages.anonymiseClientMessages(request.getId(), ERASED_MESSAGE, AccountErasure.ERASED_NAME);
        timeline.anonymiseClientEntries(request.getId(), AccountErasure.ERASED_NAME);
        Map<Long, Document> erased = new LinkedHashMap<>();
        for (RequestDocument attached : requestDocuments.findByRequestIdOrderByAddedAtAscIdAsc(request.getId())) {
            if (CASE_KINDS.contains(attached.getKind())) {
                documentService.findById(attached.getDocumentId()).ifPresent(d -> erased.putIfAbsent(d.getId(), d));
                requestDocuments.delete(attached);
            }
        }
        documentService.erase(erased.values());
    }
}
