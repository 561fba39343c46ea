package org.expertportal.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who downloaded which document (and so which version of a CV), when, and for what. */
@Entity
@Table(name = "document_download")
public class DocumentDownload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private Document document;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "downloaded_at", nullable = false)
    private Instant downloadedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DocumentPurpose purpose;

    protected DocumentDownload() {}

    DocumentDownload(Document document, long accountId, Instant downloadedAt, DocumentPurpose purpose) {
        this.document = document;
        this.accountId = accountId;
        this.downloadedAt = downloadedAt;
        this.purpose = purpose;
    }

    public Long getId() {
        return id;
    }

    public Document getDocument() {
        return document;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getDownloadedAt() {
        return downloadedAt;
    }

    public DocumentPurpose getPurpose() {
        return purpose;
    }
}
