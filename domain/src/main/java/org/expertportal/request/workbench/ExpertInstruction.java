package org.expertportal.request.workbench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.expertportal.expert.FeeBasis;

/**
 * What the assigned expert was asked to do: the questions the report must answer, the documents
 * sent, the fee basis, the due date and the expert's declaration of their duty to the tribunal.
 * Staff only; one per request, changed in place with a version check.
 */
@Entity
@Table(name = "request_expert_instruction")
public class ExpertInstruction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "expert_id", nullable = false)
    private long expertId;

    @Column(nullable = false, length = 4000)
    private String questions;

    @Column(name = "documents_sent", length = 2000)
    private String documentsSent;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_basis", nullable = false, length = 16)
    private FeeBasis feeBasis;

    @Column(name = "fee_terms", length = 500)
    private String feeTerms;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    /** When the expert declared their duty to the tribunal; null while not declared. */
    @Column(name = "declaration_signed_on")
    private LocalDate declarationSignedOn;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ExpertInstruction() {}

    ExpertInstruction(long requestId) {
        this.requestId = requestId;
    }

    void record(long expertId, InstructionDraft draft, long by, Instant at) {
        this.expertId = expertId;
        this.questions = draft.questions().strip();
        this.documentsSent = blankToNull(draft.documentsSent());
        this.feeBasis = draft.feeBasis();
        this.feeTerms = blankToNull(draft.feeTerms());
        this.dueDate = draft.dueDate();
        this.declarationSignedOn = draft.declarationSignedOn();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getRequestId() { return requestId; }
    public long getExpertId() { return expertId; }
    public String getQuestions() { return questions; }
    public Optional<String> getDocumentsSent() { return Optional.ofNullable(documentsSent); }
    public FeeBasis getFeeBasis() { return feeBasis; }
    public Optional<String> getFeeTerms() { return Optional.ofNullable(feeTerms); }
    public LocalDate getDueDate() { return dueDate; }
    public Optional<LocalDate> getDeclarationSignedOn() { return Optional.ofNullable(declarationSignedOn); }
    public Instant getRecordedAt() { return recordedAt; }

    /** What staff typed; checked by the service. */
    public record InstructionDraft(String questions, String documentsSent, FeeBasis feeBasis, String feeTerms,
            LocalDate dueDate, LocalDate declarationSignedOn) {}
}
