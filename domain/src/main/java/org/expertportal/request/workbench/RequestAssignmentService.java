package org.expertportal.request.workbench;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.expertportal.account.Account;
import org.expertportal.account.AccountLookup;
import org.expertportal.expert.Expert;
import org.expertportal.expert.ExpertFilter;
import org.expertportal.expert.ExpertLookup;
import org.expertportal.expert.ExpertService;
import org.expertportal.identity.Role;
import org.expertportal.notification.Alert;
import org.expertportal.notification.AlertPublisher;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.PortalLink;
import org.expertportal.notification.RequestChange;
import org.expertportal.request.ActorLabels;
import org.expertportal.request.ExpertState;
import org.expertportal.request.ReportRequest;
import org.expertportal.request.ReportRequestRepository;
import org.expertportal.request.RequestDocument;
import org.expertportal.request.RequestDocumentKind;
import org.expertportal.request.RequestDocumentRepository;
import org.expertportal.request.RequestEvent;
import org.expertportal.request.RequestEventRepository;
import org.expertportal.request.RequestReference;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.RequestTexts;
import org.expertportal.request.clock.OfficeCalendar;
import org.expertportal.request.queue.StaffQueueQueries;
import org.expertportal.request.workbench.ExpertInstruction.InstructionDraft;
import org.expertportal.request.workbench.RequestWorkPanel.InstructionEntry;
import org.expertportal.request.workbench.RequestWorkPanel.NamedExpert;
import org.expertportal.request.workbench.RequestWorkPanel.ReportVersion;
import org.expertportal.request.workbench.RequestWorkRecorded.Work;
import org.expertportal.request.workbench.StaffChange.Change;
import org.expertportal.sample.SampleService;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.text.UserText;

/**
 * Staff organising the work on a request: who owns it, which expert writes the report (matching
 * experts first) and what the expert was instructed to do. Staff and administrators only; every
 * change is checked against the version the staff member saw and published as
 * {@link RequestWorkRecorded}.
 */
@Named
@Transactional
public class RequestAssignmentService {

    static final int MAX_QUESTIONS = 4000;
    static final int MAX_DOCUMENTS_SENT = 2000;
    static final int MAX_FEE_TERMS = 500;

    private final StaffChange changes;
    private final ReportRequestRepository requests;
    private final AccountLookup accounts;
    private final ExpertLookup experts;
    private final ExpertService expertService;
    private final SampleService samples;
    private final ExpertInstructionRepository instructions;
    private final RequestDocumentRepository requestDocuments;
    private final RequestEventRepository timeline;
    private final StaffQueueQueries queue;
    private final AlertPublisher alerts;
    private final OfficeCalendar calendar;

    public RequestAssignmentService(StaffChange changes, ReportRequestRepository requests, AccountLookup accounts,
            ExpertLookup experts, ExpertService expertService, SampleService samples,
            ExpertInstructionRepository instructions, RequestDocumentRepository requestDocuments,
            RequestEventRepository timeline, StaffQueueQueries queue, AlertPublisher alerts,
            OfficeCalendar calendar) {
        this.changes = changes;
        this.requests = requests;
        this.accounts = accounts;
        this.experts = experts;
        this.expertService = expertService;
        this.samples = samples;
        this.instructions = instructions;
        this.requestDocuments = requestDocuments;
        this.timeline = timeline;
        this.queue = queue;
        this.alerts = alerts;
        this.calendar = calendar;
    }

    /** The work panel of the staff request page. */
    public RequestWorkPanel panel(String reference) {
        Change change = changes.begin(reference);
        ReportRequest request = change.request();
        Optional<NamedExpert> expert = request.getExpertId().flatMap(experts::findById)
                .map(found -> new NamedExpert(found.getId(), found.getSlug(), found.getName(),
                        request.getExpertState().orElseThrow()));
        Optional<InstructionEntry> instruction = instructions.findByRequestId(request.getId())
                .map(found -> new InstructionEntry(found.getVersion(), found.getExpertId(), found.getQuestions(),
                        found.getDocumentsSent(), found.getFeeBasis(), found.getFeeTerms(), found.getDueDate(),
                        found.getDeclarationSignedOn(), found.getRecordedAt()));
        List<RequestDocument> documents = requestDocuments.findByRequestIdOrderByAddedAtAscIdAsc(request.getId());
        List<ReportVersion> reports = documents.stream()
                .filter(document -> document.getKind() == RequestDocumentKind.REPORT)
                .map(document -> new ReportVersion(document.getId(), document.getReportVersion().orElse(0),
                        document.isFinalReport(), document.getOriginalName(), document.getAddedAt(),
                        document.getSharedAt(), document.getFirstClientDownloadAt()))
                .toList();
        return new RequestWorkPanel(request.getVersion(), request.getStatus(), request.getAssignedStaffId(),
                queue.staffMembers(), expert, candidates(request, change.now()), instruction, reports,
                ReportDeliveryService.readiness(request.getStatus(), documents),
                samples.samplesForCountry(request.getCountryCode()));
    }

    /** Every active expert, the ones matching the request's country, themes and availability first. */
    public List<ExpertMatch> expertCandidates(String reference) {
        Change change = changes.begin(reference);
        return candidates(change.request(), change.now());
    }

    private List<ExpertMatch> candidates(ReportRequest request, Instant now) {
        LocalDate today = calendar.today(now);
        return expertService.publicExperts(ExpertFilter.NONE).stream()
                .map(card -> ExpertMatch.of(card, request, today))
                .sorted(ExpertMatch.BEST_FIRST)
                .toList();
    }

    /** Makes a staff member or administrator the owner; {@code staffId} null leaves it unowned. */
    public void assignStaff(String reference, long seenVersion, Long staffId) {
        Change change = changes.begin(reference, seenVersion);
        if (staffId != null) {
            accounts.findById(staffId)
                    .filter(Account::isEnabled)
                    .filter(account -> account.getRole() == Role.STAFF || account.getRole() == Role.ADMIN)
                    .orElseThrow(() -> new InvalidInputException(Map.of("assignee", "workbench.invalid.assignee")));
        }
        change.request().assignTo(staffId);
        requests.saveAndFlush(change.request());
        changes.recorded(change, Work.STAFF_ASSIGNED, staffId);
    }

    /** Names the expert staff are asking; the client is not told and the status does not change. */
    public void proposeExpert(String reference, long seenVersion, long expertId) {
        Change change = changes.begin(reference, seenVersion);
        Expert expert = activeExpert(expertId);
        change.request().expert(expert.getId(), ExpertState.PROPOSED);
        requests.saveAndFlush(change.request());
        changes.recorded(change, Work.EXPERT_PROPOSED, expertId);
    }

    /**
     * The expert took the case. The request moves to "expert assigned" when its status allows it,
     * which the client sees in the timeline (and which counts as a response).
     */
    public void assignExpert(String reference, long seenVersion, long expertId, String publicNote) {
        Change change = changes.begin(reference, seenVersion);
        Expert expert = activeExpert(expertId);
        ReportRequest request = change.request();
        String note = RequestTexts.optionalNote(publicNote);
        request.expert(expert.getId(), ExpertState.ASSIGNED);
        RequestStatus from = request.getStatus();
        boolean moves = from.canMoveTo(RequestStatus.EXPERT_ASSIGNED);
        if (moves) {
            request.moveTo(RequestStatus.EXPERT_ASSIGNED, null, change.now());
            request.respondedAt(change.now());
        }
        requests.saveAndFlush(request);
        if (moves) {
            timeline.save(new RequestEvent(request.getId(), change.now(), change.me().getId(), change.me().getRole(),
                    ActorLabels.of(change.me()), from, RequestStatus.EXPERT_ASSIGNED, null, note));
            alerts.publish(Alert.requestUpdated(request.getClientAccountId(), request.getReference(), change.now(),
                    RequestChange.EXPERT_ASSIGNED));
        }
        changes.recorded(change, Work.EXPERT_ASSIGNED, expertId);
    }

    /**
     * Records (or corrects) the instruction of the assigned expert.
     *
     * @param seenInstructionVersion the version of the instruction the staff member saw, null if none
     */
    public void recordInstruction(String reference, Long seenInstructionVersion, InstructionDraft draft) {
        Change change = changes.begin(reference);
        ReportRequest request = change.request();
        if (request.getExpertState().orElse(null) != ExpertState.ASSIGNED) {
            throw new DomainException("workbench.refused.no-assigned-expert");
        }
        validate(draft, calendar.today(change.now()));
        ExpertInstruction instruction = instructions.findByRequestId(request.getId()).orElse(null);
        if (instruction == null ? seenInstructionVersion != null
                : !Long.valueOf(instruction.getVersion()).equals(seenInstructionVersion)) {
            throw new DomainException("request.refused.changed-meanwhile");
        }
        if (instruction == null) {
            instruction = new ExpertInstruction(request.getId());
        }
        instruction.record(request.getExpertId().orElseThrow(), draft, change.me().getId(), change.now());
        instructions.save(instruction);
        changes.recorded(change, Work.INSTRUCTION_RECORDED, request.getExpertId().orElseThrow());
    }

    private static void validate(InstructionDraft draft, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.questions() == null || draft.questions().isBlank()) {
            errors.put("questions", "request.invalid.required");
        } else if (draft.questions().strip().length() > MAX_QUESTIONS) {
            errors.put("questions", "request.invalid.too-long");
        }
        if (draft.documentsSent() != null && draft.documentsSent().strip().length() > MAX_DOCUMENTS_SENT) {
            errors.put("documentsSent", "request.invalid.too-long");
        }
        if (draft.feeBasis() == null) {
            errors.put("feeBasis", "request.invalid.required");
        }
        if (draft.feeTerms() != null && draft.feeTerms().strip().length() > MAX_FEE_TERMS) {
            errors.put("feeTerms", "request.invalid.too-long");
        }
        if (draft.dueDate() == null) {
            errors.put("dueDate", "request.invalid.required");
        }
        if (draft.declarationSignedOn() != null && draft.declarationSignedOn().isAfter(today)) {
            errors.put("declarationSignedOn", "workbench.invalid.declaration-in-future");
        }
        UserText.check(errors, "questions", draft.questions(), UserText.Kind.TEXT);
        UserText.check(errors, "documentsSent", draft.documentsSent(), UserText.Kind.TEXT);
        UserText.check(errors, "feeTerms", draft.feeTerms(), UserText.Kind.TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private Expert activeExpert(long expertId) {
        return experts.findById(expertId).filter(Expert::isActive).orElseThrow(NotFoundException::new);
    }
}
