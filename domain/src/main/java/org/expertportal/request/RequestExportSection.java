package org.expertportal.request;

import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.expertportal.document.Document;
import org.expertportal.document.DocumentService;
import org.expertportal.document.DocumentType;
import org.expertportal.document.FileNames;
import org.expertportal.expert.Expert;
import org.expertportal.expert.ExpertLookup;
import org.expertportal.identity.Role;
import org.expertportal.personaldata.DataExport;
import org.expertportal.personaldata.ExportSection;

/**
 * The requests the client made themselves, in the data export: {@code requests.json} with each
 * request's timeline and thread (never internal notes), and under {@code documents/} the files the
 * client's side may see. Other people appear only as staff first names (as on the request page)
 * and as "colleague" for members of the client's organisation.
 */
@Named
class RequestExportSection implements ExportSection {

    private final RequestPrivacyQueries requests;
    private final RequestEventRepository timeline;
    private final RequestMessageRepository messages;
    private final RequestDocumentRepository requestDocuments;
    private final DocumentService documentService;
    private final ExpertLookup experts;

    RequestExportSection(RequestPrivacyQueries requests, RequestEventRepository timeline,
            RequestMessageRepository messages, RequestDocumentRepository requestDocuments,
            DocumentService documentService, ExpertLookup experts) {
        this.requests = requests;
        this.timeline = timeline;
        this.messages = messages;
        this.requestDocuments = requestDocuments;
        this.documentService = documentService;
        this.experts = experts;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void addTo(DataExport export) {
        long me = export.clientAccountId();
        List<Map<String, Object>> requestData = new ArrayList<>();
        for (ReportRequest request : requests.ownedBy(me)) {
            requestData.add(request(request, me, export));
        }
        export.file("requests.json", Map.of("requests", requestData));
    }

    private Map<String, Object> request(ReportRequest r, long me, DataExport export) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("reference", r.getReference());
        request.put("receivedAt", r.getReceivedAt());
        request.put("kind", r.getKind());
        request.put("status", r.getStatus());
        request.put("closingReason", r.getClosingReason());
        request.put("requesterKind", r.getRequesterKind());
        request.put("name", r.getRequesterName());
        request.put("organisation", r.getRequesterOrganisation());
        request.put("email", r.getEmail());
        request.put("phone", r.getPhone());
        request.put("whatsapp", r.getWhatsapp());
        request.put("preferredChannel", r.getPreferredChannel());
        request.put("safeByEmail", r.getSafetyByEmail().name());
        request.put("safeByPhone", r.getSafetyByPhone().name());
        request.put("safeByWhatsapp", r.getSafetyByWhatsapp().name());
        request.put("country", r.getCountryCode());
        // The expert the client asked about (docs/adr/039): a public name, as on the request page.
        request.put("askedAboutExpert", r.getRequestedExpertId().flatMap(experts::findById).map(Expert::getName)
                .orElse(null));
        request.put("themes", r.getThemeKeys());
        request.put("services", r.getServices().stream().map(Enum::name).sorted().toList());
        request.put("caseStage", r.getCaseStage());
        request.put("hearingDate", r.getHearingDate());
        request.put("legalAid", r.isLegalAid());
        request.put("preferredLanguage", r.getPreferredLanguage());
        request.put("summary", r.getSummary());
        request.put("consentVersion", r.getConsentVersion());
        request.put("consentAt", r.getConsentAt());
        request.put("firstResponseDueAt", r.getFirstResponseDueAt());
        request.put("firstRespondedAt", r.getFirstRespondedAt());
        request.put("lastActivityAt", r.getLastActivityAt());
        request.put("anonymisedAt", r.getAnonymisedAt());
        request.put("timeline", timeline.findByRequestIdOrderByOccurredAtAscIdAsc(r.getId()).stream()
                .map(e -> timelineEntry(e, me))
                .toList());
        request.put("messages", messages.findByRequestIdOrderBySentAtAscIdAsc(r.getId()).stream()
                .map(m -> message(m, me))
                .toList());
        List<Map<String, Object>> documentList = new ArrayList<>();
        for (RequestDocument attached : requestDocuments.findByRequestIdOrderByAddedAtAscIdAsc(r.getId())) {
            if (!attached.isSharedWithClient()) {
                continue;
            }
            Document document = documentService.findById(attached.getDocumentId()).orElse(null);
            if (document == null) {
                continue;
            }
            String path = "documents/" + r.getReference() + "/" + attached.getId() + "-"
                    + DocumentType.downloadName(FileNames.sanitise(attached.getOriginalName()), document.getMediaType());
            export.document(document, RequestTexts.purposeOf(attached.getKind()), path);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", attached.getKind());
            entry.put("name", attached.getOriginalName());
            entry.put("addedAt", attached.getAddedAt());
            entry.put("file", path);
            if (attached.getFirstClientDownloadAt().isPresent()) {
                // When the report was first downloaded on the client's side (docs/adr/041), and whether by them.
                entry.put("firstDownloadedAt", attached.getFirstClientDownloadAt().get());
                entry.put("firstDownloadedBy", attached.getFirstClientDownloadBy()
                        .map(id -> id == me ? DataExport.ME : DataExport.COLLEAGUE).orElse(null));
            }
            documentList.add(entry);
        }
        request.put("documents", documentList);
        return request;
    }

    private static Map<String, Object> timelineEntry(RequestEvent e, long me) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("at", e.getOccurredAt());
        boolean staff = e.getActorRole().filter(role -> role != Role.CLIENT).isPresent();
        entry.put("by", staff ? e.getActorLabel()
                : e.getActorAccountId().filter(id -> id == me).isPresent() ? DataExport.ME
                : e.getActorAccountId().isPresent() ? DataExport.COLLEAGUE : e.getActorLabel());
        entry.put("from", e.getFromStatus());
        entry.put("to", e.getToStatus());
        entry.put("reason", e.getClosingReason());
        entry.put("note", e.getPublicNote());
        return entry;
    }

    private static Map<String, Object> message(RequestMessage m, long me) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("at", m.getSentAt());
        entry.put("by", m.isFromStaff() ? m.getAuthorLabel() : Objects.equals(m.getAuthorAccountId(), me) ? DataExport.ME
                : DataExport.COLLEAGUE);
        entry.put("fromStaff", m.isFromStaff());
        entry.put("text", m.getBody());
        return entry;
    }
}
