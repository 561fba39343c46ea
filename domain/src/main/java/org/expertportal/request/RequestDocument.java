package org.expertportal.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A document attached to a request. The file itself is a {@code Document} of the document store;
 * this row says which request it belongs to and whether the client's side may see it.
 */
@Entity
@Table(name = "request_document")
public class RequestDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private RequestDocumentKind kind;

    @Column(name = "original_name", nullable = false, length = 255, updatable = false)
    private String originalName;

    @Column(name = "added_by", nullable = false, updatable = false)
    private long addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    /** When the client's side was given access; null while staff only. */
    @Column(name = "shared_at")
    private Instant sharedAt;

    /** For {@link RequestDocumentKind#REPORT}: 1, 2, ... per request. A correction is a new version. */
    @Column(name = "report_version", updatable = false)
    private Integer reportVersion;

    /** For {@link RequestDocumentKind#REPORT}: a final version, which may be delivered; a draft never is. */
    @Column(name = "report_final", updatable = false)
    private Boolean reportFinal;

    /**
     * When the client's side first downloaded it (docs/adr/041); staff downloads never count. Set
     * once, by {@link RequestDocumentRepository#recordFirstClientDownload}, never on this object.
     */
    @Column(name = "first_client_download_at", insertable = false, updatable = false)
    private Instant firstClientDownloadAt;

    /** The client-side account of that first download; null once that account is erased. */
    @Column(name = "first_client_download_by", insertable = false, updatable = false)
    private Long firstClientDownloadBy;

    protected RequestDocument() {}

    /** A report version, staff only until delivered. */
    public static RequestDocument report(long requestId, long documentId, String originalName, long addedBy, Instant addedAt,
            int version, boolean isFinal) {
        var report = new RequestDocument(requestId, documentId, RequestDocumentKind.REPORT, originalName, addedBy,
                addedAt, false);
        report.reportVersion = version;
        report.reportFinal = isFinal;
        return report;
    }

    public RequestDocument(long requestId, long documentId, RequestDocumentKind kind, String originalName, long addedBy,
            Instant addedAt, boolean sharedNow) {
        this.requestId = requestId;
        this.documentId = documentId;
        this.kind = Objects.requireNonNull(kind);
        this.originalName = Objects.requireNonNull(originalName);
        this.addedBy = addedBy;
        this.addedAt = Objects.requireNonNull(addedAt);
        this.sharedAt = sharedNow ? addedAt : null;
    }

    public void share(Instant at) {
        if (sharedAt == null) {
            sharedAt = at;
        }
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public long getDocumentId() { return documentId; }
    public RequestDocumentKind getKind() { return kind; }
    public String getOriginalName() { return originalName; }
    public long getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
    public Optional<Instant> getSharedAt() { return Optional.ofNullable(sharedAt); }
    public boolean isSharedWithClient() { return sharedAt != null; }
    public Optional<Integer> getReportVersion() { return Optional.ofNullable(reportVersion); }
    public Optional<Instant> getFirstClientDownloadAt() { return Optional.ofNullable(firstClientDownloadAt); }
    public Optional<Long> getFirstClientDownloadBy() { return Optional.ofNullable(firstClientDownloadBy); }
    public boolean isFinalReport() { return kind == RequestDocumentKind.REPORT && Boolean.TRUE.equals(reportFinal); }
}
