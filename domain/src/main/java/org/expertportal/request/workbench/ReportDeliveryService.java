package org.expertportal.request.workbench;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.expertportal.document.Document;
import org.expertportal.document.DocumentPurpose;
import org.expertportal.document.DocumentService;
import org.expertportal.document.FileNames;
import org.expertportal.expert.Expert;
import org.expertportal.expert.ExpertCvVersion;
import org.expertportal.expert.ExpertLookup;
import org.expertportal.notification.Alert;
import org.expertportal.notification.AlertPublisher;
import org.expertportal.notification.AlertRecipients;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.PortalLink;
import org.expertportal.notification.RequestChange;
import org.expertportal.request.ActorLabels;
import org.expertportal.request.ReportRequest;
import org.expertportal.request.ReportRequestRepository;
import org.expertportal.request.RequestDocument;
import org.expertportal.request.RequestDocumentKind;
import org.expertportal.request.RequestDocumentRepository;
import org.expertportal.request.RequestEvent;
import org.expertportal.request.RequestEventRepository;
import org.expertportal.request.RequestKind;
import org.expertportal.request.RequestReference;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.RequestTexts;
import org.expertportal.request.workbench.RequestWorkPanel.DeliveryReadiness;
import org.expertportal.request.workbench.RequestWorkRecorded.Work;
import org.expertportal.request.workbench.StaffChange.Change;
import org.expertportal.sample.SampleLookup;
import org.expertportal.sample.SampleReport;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotFoundException;

/**
 * What staff give the client: report versions and their delivery, sample reports and expert CVs.
 * Report versions are numbered per request and never replaced: drafts stay with staff, a final
 * version is delivered once (shared with the client, the request Delivered, the client alerted),
 * and a correction is a new version delivered in turn, so the client sees both with their dates.
 * Staff and administrators only.
 */
@Named
@Transactional
public class ReportDeliveryService {

    private final StaffChange changes;
    private final ReportRequestRepository requests;
    private final RequestDocumentRepository requestDocuments;
    private final RequestEventRepository timeline;
    private final DocumentService documentService;
    private final SampleLookup samples;
    private final ExpertLookup experts;
    private final AlertPublisher alerts;
    private final AlertRecipients recipients;

    public ReportDeliveryService(StaffChange changes, ReportRequestRepository requests,
            RequestDocumentRepository requestDocuments, RequestEventRepository timeline,
            DocumentService documentService, SampleLookup samples, ExpertLookup experts,
            AlertPublisher alerts, AlertRecipients recipients) {
        this.changes = changes;
        this.requests = requests;
        this.requestDocuments = requestDocuments;
        this.timeline = timeline;
        this.documentService = documentService;
        this.samples = samples;
        this.experts = experts;
        this.alerts = alerts;
        this.recipients = recipients;
    }

    /**
     * What delivering needs on a request in this status with these documents: the status steps a
     * delivery will take (docs/adr/041), or the one thing missing, as a translation key. The staff
     * page shows it next to the Deliver button; {@link #deliver} refuses by the same rules.
     */
    static DeliveryReadiness readiness(RequestStatus status, List<RequestDocument> documents) {
        Optional<List<RequestStatus>> steps = status.stepsToDelivered();
        if (steps.isEmpty()) {
            return DeliveryReadiness.missing("workbench.delivery.needs.open-request");
        }
        List<RequestDocument> finals = documents.stream().filter(RequestDocument::isFinalReport).toList();
        if (finals.isEmpty()) {
            return DeliveryReadiness.missing("workbench.delivery.needs.final-version");
        }
        if (finals.stream().allMatch(RequestDocument::isSharedWithClient)) {
            return DeliveryReadiness.missing("workbench.delivery.needs.new-version");
        }
        return new DeliveryReadiness(steps.get(), Optional.empty());
    }

    /**
     * What delivering this report version will do, for the confirmation staff give first: the file,
     * version and message (checked as {@link #deliver} checks it) the client will receive, the status
     * steps, and the addresses the alert will go to,
     * asked of the alert publisher for the very alert {@link #deliver} publishes. Refused exactly
     * as {@link #deliver} would refuse.
     */
    public DeliveryPreview preview(String reference, long reportId, String publicNote) {
        Change change = changes.begin(reference);
        ReportRequest request = change.request();
        RequestDocument report = deliverable(request, reportId);
        return new DeliveryPreview(report.getId(), report.getReportVersion().orElse(0), report.getOriginalName(),
                Optional.ofNullable(RequestTexts.optionalNote(publicNote)), request.getStatus(),
                request.getStatus().stepsToDelivered().orElseThrow(),
                recipients.addressesFor(deliveredAlert(request, change.now())));
    }

    /**
     * Stores a report version (PDF, at most 50 MB, checked by its content) as the next version of
     * the request. A draft is for staff only; a final version can then be delivered. A refused
     * file leaves nothing behind.
     *
     * @return the version number
     */
    public int uploadReport(String reference, String fileName, InputStream content, boolean isFinal) {
        Change change = changes.begin(reference);
        ReportRequest request = change.request();
        if (request.getStatus().isFinished()) {
            throw new DomainException("request.refused.finished");
        }
        int next = requestDocuments.findByRequestIdOrderByAddedAtAscIdAsc(request.getId()).stream()
                .flatMap(document -> document.getReportVersion().stream())
                .mapToInt(Integer::intValue)
                .max().orElse(0) + 1;
        Document stored = documentService.receive(fileName, content, DocumentPurpose.REPORT);
        try {
            RequestDocument report = requestDocuments.save(RequestDocument.report(request.getId(), stored.getId(),
                    stored.getOriginalName(), change.me().getId(), change.now(), next, isFinal));
            changes.recorded(change, Work.REPORT_UPLOADED, report.getId());
            return next;
        } catch (RuntimeException e) {
            documentService.discard(stored);
            throw e;
        }
    }

    /**
     * Delivers a final report version: the client can download it from now on, the request is
     * Delivered and the client is alerted. From any status that is not finished the request moves
     * there itself, one allowed step after another, each in the timeline and the audit trail as a
     * status change by hand would be (docs/adr/041). A version is delivered once; to correct a
     * delivered report, upload and deliver a new version.
     */
    public void deliver(String reference, long seenVersion, long reportId, String publicNote) {
        Change change = changes.begin(reference, seenVersion);
        ReportRequest request = change.request();
        RequestDocument report = deliverable(request, reportId);
        String note = RequestTexts.optionalNote(publicNote);
        RequestStatus start = request.getStatus();
        List<RequestStatus> steps = start.stepsToDelivered().orElseThrow();
        for (RequestStatus step : steps) {
            request.moveTo(step, null, change.now());
        }
        request.respondedAt(change.now());
        // The request row first, with its new status (see StaffChange#lockRequest).
        changes.lockRequest(change);
        report.share(change.now());
        requestDocuments.save(report);
        if (steps.isEmpty()) {
            // A corrected version delivered later shows in the timeline as Delivered again.
            recordStep(change, RequestStatus.DELIVERED, RequestStatus.DELIVERED, note);
        }
        RequestStatus from = start;
        for (RequestStatus step : steps) {
            recordStep(change, from, step, step == RequestStatus.DELIVERED ? note : null);
            if (step != RequestStatus.DELIVERED) {
                changes.recorded(change, Work.STATUS_CHANGED, null);
            }
            from = step;
        }
        alerts.publish(deliveredAlert(request, change.now()));
        changes.recorded(change, Work.REPORT_DELIVERED, report.getId());
    }

    /** The report version of this request that may be delivered now; refused with the reason otherwise. */
    private RequestDocument deliverable(ReportRequest request, long reportId) {
        RequestDocument report = requestDocuments.findById(reportId)
                .filter(document -> document.getRequestId() == request.getId())
                .filter(document -> document.getKind() == RequestDocumentKind.REPORT)
                .orElseThrow(NotFoundException::new);
        if (!report.isFinalReport()) {
            throw new DomainException("workbench.refused.draft-not-deliverable");
        }
        if (report.isSharedWithClient()) {
            throw new DomainException("workbench.refused.already-delivered");
        }
        if (request.getStatus().stepsToDelivered().isEmpty()) {
            throw new DomainException("request.refused.finished");
        }
        return report;
    }

    private void recordStep(Change change, RequestStatus from, RequestStatus to, String note) {
        timeline.save(new RequestEvent(change.request().getId(), change.now(), change.me().getId(),
                change.me().getRole(), ActorLabels.of(change.me()), from, to, null, note));
    }

    /** The one alert a delivery sends; {@link #preview} asks where this very alert would go. */
    private static Alert deliveredAlert(ReportRequest request, Instant at) {
        return new Alert(AlertType.REPORT_DELIVERED, request.getClientAccountId(), request.getReference(),
                PortalLink.clientRequest(request.getReference()), at);
    }

    /** Shares a published sample report with the client. */
    public void shareSample(String reference, long sampleId) {
        Change change = changes.begin(reference);
        SampleReport sample = samples.findById(sampleId).filter(SampleReport::isPublished)
                .orElseThrow(NotFoundException::new);
        long id = share(change, sample.getDocument(), RequestDocumentKind.SAMPLE, sample.getTitle() + ".pdf");
        answerShortRequest(change, RequestKind.SAMPLE);
        changes.recorded(change, Work.SAMPLE_SHARED, id);
    }

    /** Shares the current PDF CV of an active expert with the client. */
    public void shareExpertCv(String reference, long expertId) {
        Change change = changes.begin(reference);
        Expert expert = experts.findById(expertId).filter(Expert::isActive).orElseThrow(NotFoundException::new);
        ExpertCvVersion cv = experts.currentCv(expert.getId())
                .orElseThrow(() -> new DomainException("workbench.refused.no-cv"));
        long id = share(change, cv.getDocument(), RequestDocumentKind.EXPERT_CV, cv.getDocument().getOriginalName());
        answerShortRequest(change, RequestKind.CV);
        changes.recorded(change, Work.EXPERT_CV_SHARED, id);
    }

    /**
     * A short request for what was just shared (docs/adr/035) is answered by it: the first-response
     * clock stops and the request is Delivered (through Acknowledged when it was only Submitted),
     * each step in the timeline. Any other request only gets the document.
     */
    private void answerShortRequest(Change change, RequestKind given) {
        ReportRequest request = change.request();
        if (request.getKind() != given) {
            return;
        }
        request.respondedAt(change.now());
        for (RequestStatus step : List.of(RequestStatus.ACKNOWLEDGED, RequestStatus.DELIVERED)) {
            RequestStatus from = request.getStatus();
            if (from != RequestStatus.DELIVERED && from.canMoveTo(step)) {
                request.moveTo(step, null, change.now());
                timeline.save(new RequestEvent(request.getId(), change.now(), change.me().getId(),
                        change.me().getRole(), ActorLabels.of(change.me()), from, step, null, null));
            }
        }
    }

    private long share(Change change, Document document, RequestDocumentKind kind, String name) {
        ReportRequest request = change.request();
        if (request.getStatus().isFinished()) {
            throw new DomainException("request.refused.finished");
        }
        boolean already = requestDocuments.findByRequestIdOrderByAddedAtAscIdAsc(request.getId()).stream()
                .anyMatch(attached -> attached.getDocumentId() == document.getId() && attached.isSharedWithClient());
        if (already) {
            throw new DomainException("workbench.refused.already-shared");
        }
        changes.lockRequest(change);
        RequestDocument shared = requestDocuments.save(new RequestDocument(request.getId(), document.getId(), kind,
                FileNames.sanitise(name), change.me().getId(), change.now(), true));
        alerts.publish(Alert.requestUpdated(request.getClientAccountId(), request.getReference(), change.now(),
                RequestChange.DOCUMENT_SHARED));
        return shared.getId();
    }
}
