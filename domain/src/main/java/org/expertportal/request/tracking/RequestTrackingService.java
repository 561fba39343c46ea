package org.expertportal.request.tracking;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.expertportal.account.Account;
import org.expertportal.account.AccountLookup;
import org.expertportal.account.AccountReference;
import org.expertportal.account.AccountRoster;
import org.expertportal.account.Organisation;
import org.expertportal.document.Document;
import org.expertportal.document.DocumentPurpose;
import org.expertportal.document.DocumentService;
import org.expertportal.document.DocumentSink;
import org.expertportal.expert.Expert;
import org.expertportal.expert.ExpertLookup;
import org.expertportal.identity.Role;
import org.expertportal.notification.Alert;
import org.expertportal.notification.AlertPublisher;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.PortalLink;
import org.expertportal.request.ActorLabels;
import org.expertportal.request.ChannelSafety;
import org.expertportal.request.ClosingReason;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.ExpertState;
import org.expertportal.request.ReportRequest;
import org.expertportal.request.ReportRequestRepository;
import org.expertportal.request.RequestAccess;
import org.expertportal.request.RequestDocument;
import org.expertportal.request.RequestDocumentKind;
import org.expertportal.request.RequestDocumentRepository;
import org.expertportal.request.RequestEvent;
import org.expertportal.request.RequestEventRepository;
import org.expertportal.request.RequestMessage;
import org.expertportal.request.RequestMessageRepository;
import org.expertportal.request.RequestQueries;
import org.expertportal.request.RequestReference;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.RequestTexts;
import org.expertportal.request.tracking.ClientRequestViews.DocumentEntry;
import org.expertportal.request.tracking.ClientRequestViews.FormPrefill;
import org.expertportal.request.tracking.ClientRequestViews.MessageEntry;
import org.expertportal.request.tracking.ClientRequestViews.RequestLine;
import org.expertportal.request.tracking.ClientRequestViews.RequestPage;
import org.expertportal.request.tracking.ClientRequestViews.TimelineEntry;
import org.expertportal.request.workbench.RequestHandlingService;
import org.expertportal.sample.SampleService;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.shared.text.UserText;

/**
 * The client's side of requests: the list, the request page, the thread, case documents and
 * cancelling. Every method works for signed-in clients on requests they may see (their own and
 * their organisation's); anything else is "not found". This class never reads internal notes.
 */
@Named
@Transactional
public class RequestTrackingService {

    public static final int MAX_MESSAGE = 5000;

    private final RequestAccess access;
    private final ReportRequestRepository requests;
    private final RequestQueries queries;
    private final RequestEventRepository timeline;
    private final RequestMessageRepository messages;
    private final RequestDocumentRepository requestDocuments;
    private final DocumentService documentService;
    private final AccountRoster roster;
    private final AlertPublisher alerts;
    private final ExpertLookup experts;
    private final AccountLookup accounts;
    private final Clock clock;
    private final ThreadReadRepository reads;

    public RequestTrackingService(RequestAccess access, ReportRequestRepository requests, RequestQueries queries,
            RequestEventRepository timeline, RequestMessageRepository messages,
            RequestDocumentRepository requestDocuments, DocumentService documentService,
            AccountRoster roster, AlertPublisher alerts, ExpertLookup experts, AccountLookup accounts, Clock clock,
            ThreadReadRepository reads) {
        this.reads = reads;
        this.access = access;
        this.requests = requests;
        this.queries = queries;
        this.timeline = timeline;
        this.messages = messages;
        this.requestDocuments = requestDocuments;
        this.documentService = documentService;
        this.roster = roster;
        this.alerts = alerts;
        this.experts = experts;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The signed-in client's requests and their organisation's, newest activity first. */
    public List<RequestLine> myRequests(int offset, int limit) {
        return myRequests(null, offset, limit);
    }

    /**
     * {@link #myRequests(int, int)} narrowed to those whose reference, ours or the client's own,
     * contains {@code search}; a blank search narrows nothing.
     */
    public List<RequestLine> myRequests(String search, int offset, int limit) {
        Account me = clientMe();
        Long organisation = me.getOrganisationId().orElse(null);
        List<ReportRequest> found = UserText.isBlank(search)
                ? queries.visibleTo(me.getId(), organisation, offset, limit)
                : queries.visibleTo(me.getId(), organisation, search, offset, limit);
        return found.stream()
                .map(request -> new RequestLine(request.getReference(), request.getCountryCode(),
                        request.getServices(), request.getStatus(), request.getFirstResponseDueAt(),
                        request.getFirstRespondedAt(), request.getFirstResponseMinutes(), request.getHearingDate(),
                        request.getLastActivityAt(), request.getClientAccountId() == me.getId(),
                        request.getClientReference()))
                .toList();
    }

    public long countMyRequests() {
        return countMyRequests(null);
    }

    public long countMyRequests(String search) {
        Account me = clientMe();
        Long organisation = me.getOrganisationId().orElse(null);
        return UserText.isBlank(search)
                ? queries.countVisibleTo(me.getId(), organisation)
                : queries.countVisibleTo(me.getId(), organisation, search);
    }

    /**
     * Sets the client's own reference for the request ("your reference"): optional (blank clears
     * it), one line, at most {@link RequestTexts#MAX_CLIENT_REFERENCE} characters. Anyone of the
     * client's side who sees the request may set it; refused input changes nothing.
     */
    public void setYourReference(String reference, String yourReference) {
        ReportRequest request = access.forClient(access.me(), reference);
        String checked = RequestTexts.clientReference(yourReference);
        request.setClientReference(checked);
        requests.saveAndFlush(request);
    }

    /** The request page; opening it marks the thread read for this person (not their colleagues). */
    public RequestPage page(String reference) {
        Account me = access.me();
        ReportRequest request = access.forClient(me, reference);
        List<TimelineEntry> entries = timeline.findByRequestIdOrderByOccurredAtAscIdAsc(request.getId()).stream()
                .map(TimelineEntry::of)
                .toList();
        List<MessageEntry> thread = messages.findByRequestIdOrderBySentAtAscIdAsc(request.getId()).stream()
                .map(MessageEntry::of)
                .toList();
        if (!thread.isEmpty()) {
            ThreadRead marker = reads.findByRequestIdAndAccountId(request.getId(), me.getId())
                    .orElseGet(() -> new ThreadRead(request.getId(), me.getId()));
            if (marker.getReadUpToMessageId() < thread.getLast().id()) {
                marker.readUpTo(thread.getLast().id(), clock.instant());
                reads.save(marker);
            }
        }
        List<DocumentEntry> shared = requestDocuments.findByRequestIdOrderByAddedAtAscIdAsc(request.getId()).stream()
                .filter(RequestDocument::isSharedWithClient)
                .map(d -> new DocumentEntry(d.getId(), d.getKind(), d.getOriginalName(), d.getSharedAt().orElseThrow()))
                .toList();
        return new RequestPage(request.getReference(), request.getStatus(), request.getClosingReason(),
                request.getCountryCode(), request.getThemeKeys(), request.getServices(), request.getCaseStage(),
                request.getHearingDate(), request.isLegalAid(), request.getSummary(), request.getReceivedAt(),
                request.getFirstResponseDueAt(), request.getFirstRespondedAt(), request.getFirstResponseMinutes(),
                entries, thread, shared, request.getStatus().clientMayCancel(), request.getKind(),
                assignedExpertName(request),
                request.getFirstRespondedAt().isEmpty() && !request.getStatus().isFinished()
                        && clock.instant().isAfter(request.getFirstResponseDueAt()),
                request.getClientReference(),
                request.getRequestedExpertId().flatMap(experts::findById).map(Expert::getName));
    }

    /** The expert who took the case; an expert staff are only asking is not named to the client. */
    private Optional<String> assignedExpertName(ReportRequest request) {
        if (request.getExpertState().filter(state -> state == ExpertState.ASSIGNED).isEmpty()) {
            return Optional.empty();
        }
        return request.getExpertId().flatMap(experts::findById).map(Expert::getName);
    }

    /**
     * The start of a new request form for the signed-in client: their name, email and organisation;
     * with {@code repeating}, also the country, themes, organisation and contact channels of that
     * earlier request, which must be one they may see ("not found" otherwise). Never the case text,
     * the hearing date or documents: a new case is told afresh.
     */
    public FormPrefill prefill(Optional<String> repeating) {
        Account me = clientMe();
        String organisation = me.getOrganisationId().flatMap(accounts::findOrganisation)
                .map(Organisation::getName).orElse("");
        if (repeating.isEmpty()) {
            return new FormPrefill(Optional.empty(), me.getDisplayName(), me.getEmail(), organisation, "", "",
                    Optional.empty(), Map.of(), Optional.empty(), List.of());
        }
        ReportRequest earlier = access.forClient(me, repeating.get());
        // The answers as given; a channel not asked about stays unanswered (docs/adr/037).
        Map<ContactChannel, Boolean> answers = new EnumMap<>(ContactChannel.class);
        answer(answers, ContactChannel.EMAIL, earlier.getSafetyByEmail());
        answer(answers, ContactChannel.PHONE, earlier.getSafetyByPhone());
        answer(answers, ContactChannel.WHATSAPP, earlier.getSafetyByWhatsapp());
        return new FormPrefill(Optional.of(earlier.getRequesterKind()), me.getDisplayName(), me.getEmail(),
                earlier.getRequesterOrganisation().orElse(organisation), earlier.getPhone().orElse(""),
                earlier.getWhatsapp().orElse(""), Optional.of(earlier.getPreferredChannel()), Map.copyOf(answers),
                Optional.ofNullable(earlier.getCountryCode()), earlier.getThemeKeys());
    }

    private static void answer(Map<ContactChannel, Boolean> answers, ContactChannel channel, ChannelSafety safety) {
        if (safety != ChannelSafety.NOT_ASKED) {
            answers.put(channel, safety.answer());
        }
    }

    /**
     * A message to staff. When staff were waiting for the client, the request goes back to their
     * queue; the assigned staff member (or, with nobody assigned, every staff member) is alerted.
     */
    public void sendMessage(String reference, String body) {
        Account me = access.me();
        ReportRequest request = access.forClient(me, reference);
        String text = RequestTexts.message(body);
        if (request.getStatus().isFinished()) {
            throw new DomainException("request.refused.finished");
        }
        Instant now = clock.instant();
        boolean answersStaff = request.getStatus() == RequestStatus.AWAITING_CLIENT;
        RequestStatus from = answersStaff ? request.moveTo(RequestStatus.ACKNOWLEDGED, null, now) : null;
        request.touch(now);
        // The request row first (see RequestHandlingService#changeStatus).
        requests.saveAndFlush(request);
        messages.save(new RequestMessage(request.getId(), me.getId(), false, ActorLabels.of(me), text, now));
        if (answersStaff) {
            timeline.save(new RequestEvent(request.getId(), now, me.getId(), Role.CLIENT, ActorLabels.of(me), from,
                    RequestStatus.ACKNOWLEDGED, null, null));
        }
        alertStaff(request, now);
    }

    /** A case document (PDF, Word, JPEG or PNG, checked by content). Nothing is kept if it is refused. */
    public void uploadCaseDocument(String reference, String fileName, InputStream content) {
        Account me = access.me();
        ReportRequest request = access.forClient(me, reference);
        if (request.getStatus().isFinished()) {
            throw new DomainException("request.refused.finished");
        }
        Document stored = documentService.receive(fileName, content, DocumentPurpose.CASE_DOCUMENT);
        try {
            Instant now = clock.instant();
            request.touch(now);
            requests.saveAndFlush(request);
            requestDocuments.save(new RequestDocument(request.getId(), stored.getId(), RequestDocumentKind.CASE_DOCUMENT,
                    stored.getOriginalName(), me.getId(), now, true));
            alertStaff(request, now);
        } catch (RuntimeException e) {
            documentService.discard(stored);
            throw e;
        }
    }

    /**
     * A document of the request that the client's side may have; anything else is "not found". The
     * first complete download of a report version by the client's side is recorded for staff
     * (docs/adr/041); this is the only path that records it, and staff never reach it.
     */
    public void download(String reference, long requestDocumentId, DocumentSink sink) {
        Account me = access.me();
        ReportRequest request = access.forClient(me, reference);
        RequestDocument attached = requestDocuments.findById(requestDocumentId)
                .filter(d -> d.getRequestId() == request.getId() && d.isSharedWithClient())
                .orElseThrow(NotFoundException::new);
        Document document = documentService.findById(attached.getDocumentId()).orElseThrow(NotFoundException::new);
        if (attached.getKind() == RequestDocumentKind.SAMPLE) {
            // A shared sample is stamped for the reader, exactly as from the sample pages.
            documentService.deliverStamped(document, DocumentPurpose.SAMPLE_REPORT,
                    SampleService.STAMP + " " + AccountReference.of(access.me().getId()), sink);
            return;
        }
        documentService.deliver(document, RequestTexts.purposeOf(attached.getKind()), sink);
        if (attached.getKind() == RequestDocumentKind.REPORT) {
            requestDocuments.recordFirstClientDownload(attached.getId(), me.getId(), clock.instant());
        }
    }

    /** Withdraws the request while no report is being prepared. */
    public void cancel(String reference, String note) {
        Account me = access.me();
        ReportRequest request = access.forClient(me, reference);
        if (!request.getStatus().clientMayCancel()) {
            throw new DomainException("request.refused.cancel-too-late");
        }
        Instant now = clock.instant();
        String publicNote = RequestTexts.optionalNote(note);
        RequestStatus from = request.moveTo(RequestStatus.CANCELLED, ClosingReason.CLIENT_WITHDREW, now);
        requests.saveAndFlush(request);
        timeline.save(new RequestEvent(request.getId(), now, me.getId(), Role.CLIENT, ActorLabels.of(me), from,
                RequestStatus.CANCELLED, ClosingReason.CLIENT_WITHDREW, publicNote));
        alertStaff(request, now);
    }

    private Account clientMe() {
        Account me = access.me();
        if (me.getRole() != Role.CLIENT) {
            throw new NotPermittedException();
        }
        return me;
    }

    private void alertStaff(ReportRequest request, Instant now) {
        PortalLink link = PortalLink.staffRequest(request.getReference());
        List<Long> recipients = request.getAssignedStaffId()
                .map(List::of)
                .orElseGet(() -> roster.enabledIds(Role.STAFF));
        for (long staff : recipients) {
            alerts.publish(new Alert(AlertType.REQUEST_CLIENT_ACTIVITY, staff, request.getReference(), link, now));
        }
    }
}
