package org.expertportal.expert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.expertportal.document.Document;

/** One uploaded PDF CV of an expert. Versions are numbered from 1 and never removed. */
@Entity
@Table(name = "expert_cv_version")
public class ExpertCvVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "expert_id", nullable = false)
    private Expert expert;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private Document document;

    protected ExpertCvVersion() {}

    ExpertCvVersion(Expert expert, int versionNumber, Document document) {
        this.expert = expert;
        this.versionNumber = versionNumber;
        this.document = document;
    }

    public Long getId() {
        return id;
    }

    public Expert getExpert() {
        return expert;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public Document getDocument() {
        return document;
    }
}
