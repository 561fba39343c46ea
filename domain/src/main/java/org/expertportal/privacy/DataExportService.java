package org.expertportal.privacy;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.expertportal.account.Account;
import org.expertportal.account.AccountReference;
import org.expertportal.account.AccountRepository;
import org.expertportal.account.CurrentUser;
import org.expertportal.account.Organisation;
import org.expertportal.account.OrganisationRepository;
import org.expertportal.account.Role;
import org.expertportal.country.CountryFollower;
import org.expertportal.country.CountryFollowerRepository;
import org.expertportal.document.Document;
import org.expertportal.document.DocumentPurpose;
import org.expertportal.document.DocumentRepository;
import org.expertportal.document.DocumentService;
import org.expertportal.document.DocumentSink;
import org.expertportal.document.DocumentTransferException;
import org.expertportal.document.FileNames;
import org.expertportal.request.ReportRequest;
import org.expertportal.request.RequestDocument;
import org.expertportal.request.RequestDocumentKind;
import org.expertportal.request.RequestDocumentRepository;
import org.expertportal.request.RequestEvent;
import org.expertportal.request.RequestEventRepository;
import org.expertportal.request.RequestMessage;
import org.expertportal.request.RequestMessageRepository;
import org.expertportal.request.RequestPrivacyQueries;
import org.expertportal.shared.DomainEvents;
import org.expertportal.shared.NotPermittedException;

/**
 * The export of a client's own data (GDPR Art. 15 and 20), streamed as one zip: {@code
 * account.json}, {@code requests.json} with the requests they made themselves (timeline and thread,
 * never internal notes), and {@code documents/} with the files of those requests that the client's
 * side may see. Other people appear only as staff first names (as on the request page) and as
 * "colleague" for members of the client's organisation. Signed-in clients only, their own data only:
 * there is no parameter to point at anyone else's.
 */
@Named
@Transactional
public class DataExportService {

    static final String ME = "you";
    static final String COLLEAGUE = "colleague";

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final CountryFollowerRepository followers;
    private final ErasureRequestRepository erasures;
    private final RequestPrivacyQueries requests;
    private final RequestEventRepository timeline;
    private final RequestMessageRepository messages;
    private final RequestDocumentRepository requestDocuments;
    private final DocumentRepository documents;
    private final DocumentService documentService;
    private final CurrentUser currentUser;
    private final DomainEvents events;
    private final Clock clock;

    public DataExportService(AccountRepository accounts, OrganisationRepository organisations,
            CountryFollowerRepository followers, ErasureRequestRepository erasures, RequestPrivacyQueries requests,
            RequestEventRepository timeline, RequestMessageRepository messages,
            RequestDocumentRepository requestDocuments, DocumentRepository documents, DocumentService documentService,
            CurrentUser currentUser, DomainEvents events, Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.followers = followers;
        this.erasures = erasures;
        this.requests = requests;
        this.timeline = timeline;
        this.messages = messages;
        this.requestDocuments = requestDocuments;
        this.documents = documents;
        this.documentService = documentService;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Streams the signed-in client's export into the sink; each document is recorded as downloaded. */
    public void exportMine(DocumentSink sink) {
        Account me = accounts.findById(currentUser.requireAccountId())
                .filter(Account::isEnabled)
                .filter(account -> account.getRole() == Role.CLIENT)
                .orElseThrow(NotPermittedException::new);
        Instant now = clock.instant();
        List<Map<String, Object>> requestData = new ArrayList<>();
        List<Attached> files = new ArrayList<>();
        for (ReportRequest request : requests.ownedBy(me.getId())) {
            requestData.add(request(request, me, files));
        }
        String fileName = "portal-data-" + AccountReference.of(me.getId()) + "-"
                + now.atZone(ZoneOffset.UTC).toLocalDate() + ".zip";
        try (OutputStream out = sink.open(fileName, "application/zip", -1);
                ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "account.json", JsonText.of(account(me, now)));
            entry(zip, "requests.json", JsonText.of(Map.of("requests", requestData)));
            for (Attached file : files) {
                // A damaged file is left out (and listed as unavailable) rather than breaking the archive.
                if (documentService.isIntact(file.document())) {
                    documentService.deliver(file.document(), file.purpose(), (name, type, length) -> {
                        zip.putNextEntry(new ZipEntry(file.path()));
                        return new FilterOutputStream(zip) {
                            @Override
                            public void write(byte[] bytes, int offset, int count) throws IOException {
                                zip.write(bytes, offset, count);
                            }

                            @Override
                            public void close() throws IOException {
                                zip.closeEntry();
                            }
                        };
                    });
                } else {
                    entry(zip, file.path() + ".unavailable.txt",
                            "This document could not be read intact. Please contact us.\n");
                }
            }
        } catch (IOException e) {
            throw new DocumentTransferException(e);
        }
        events.publish(new PrivacyEvents.DataExported(me.getId(), now));
    }

    private Map<String, Object> account(Account me, Instant now) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("exportedAt", now);
        account.put("reference", AccountReference.of(me.getId()));
        account.put("email", me.getEmail());
        account.put("name", me.getDisplayName());
        account.put("role", me.getRole());
        account.put("createdAt", me.getCreatedAt());
        account.put("preferredLanguage", me.getPreferredLanguage().map(Locale::toLanguageTag));
        account.put("timeZone", me.getTimeZone().map(ZoneId::getId));
        account.put("region", me.getRegion());
        account.put("organisation", me.getOrganisationId().flatMap(organisations::findById).map(Organisation::getName));
        account.put("organisationAdmin", me.isOrganisationAdmin());
        account.put("followedCountries", followers.findByKeyAccountId(me.getId()).stream()
                .map(CountryFollower::getIsoCode).sorted().toList());
        account.put("erasureRequests", erasures.findByAccountIdOrderByRequestedAtDescIdDesc(me.getId()).stream()
                .map(e -> {
                    Map<String, Object> erasure = new LinkedHashMap<>();
                    erasure.put("requestedAt", e.getRequestedAt());
                    erasure.put("reason", e.getReason());
                    erasure.put("status", e.getStatus());
                    erasure.put("decidedAt", e.getDecidedAt());
                    return erasure;
                })
                .toList());
        return account;
    }

    private Map<String, Object> request(ReportRequest r, Account me, List<Attached> files) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("reference", r.getReference());
        request.put("receivedAt", r.getReceivedAt());
        request.put("status", r.getStatus());
        request.put("closingReason", r.getClosingReason());
        request.put("requesterKind", r.getRequesterKind());
        request.put("name", r.getRequesterName());
        request.put("organisation", r.getRequesterOrganisation());
        request.put("email", r.getEmail());
        request.put("phone", r.getPhone());
        request.put("whatsapp", r.getWhatsapp());
        request.put("preferredChannel", r.getPreferredChannel());
        request.put("safeByEmail", r.isSafeByEmail());
        request.put("safeByPhone", r.isSafeByPhone());
        request.put("safeByWhatsapp", r.isSafeByWhatsapp());
        request.put("country", r.getCountryCode());
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
            Document document = documents.findById(attached.getDocumentId()).orElse(null);
            if (document == null) {
                continue;
            }
            String path = "documents/" + r.getReference() + "/" + attached.getId() + "-"
                    + FileNames.sanitise(attached.getOriginalName());
            files.add(new Attached(document, purposeOf(attached.getKind()), path));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", attached.getKind());
            entry.put("name", attached.getOriginalName());
            entry.put("addedAt", attached.getAddedAt());
            entry.put("file", path);
            documentList.add(entry);
        }
        request.put("documents", documentList);
        return request;
    }

    private static Map<String, Object> timelineEntry(RequestEvent e, Account me) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("at", e.getOccurredAt());
        boolean staff = e.getActorRole().filter(role -> role != Role.CLIENT).isPresent();
        entry.put("by", staff ? e.getActorLabel()
                : e.getActorAccountId().filter(id -> id == me.getId()).isPresent() ? ME
                : e.getActorAccountId().isPresent() ? COLLEAGUE : e.getActorLabel());
        entry.put("from", e.getFromStatus());
        entry.put("to", e.getToStatus());
        entry.put("reason", e.getClosingReason());
        entry.put("note", e.getPublicNote());
        return entry;
    }

    private static Map<String, Object> message(RequestMessage m, Account me) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("at", m.getSentAt());
        entry.put("by", m.isFromStaff() ? m.getAuthorLabel() : m.getAuthorAccountId() == me.getId() ? ME : COLLEAGUE);
        entry.put("fromStaff", m.isFromStaff());
        entry.put("text", m.getBody());
        return entry;
    }

    private static DocumentPurpose purposeOf(RequestDocumentKind kind) {
        return switch (kind) {
            case CASE_DOCUMENT -> DocumentPurpose.CASE_DOCUMENT;
            case REPORT -> DocumentPurpose.REPORT;
            case SAMPLE -> DocumentPurpose.SAMPLE_REPORT;
            case EXPERT_CV -> DocumentPurpose.EXPERT_CV;
        };
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private record Attached(Document document, DocumentPurpose purpose, String path) {}
}
