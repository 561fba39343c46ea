package org.expertportal.document;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What a document is for: decides which types may be uploaded as it and how big it may be. */
public enum DocumentPurpose {
    /** An expert's CV as PDF. */
    EXPERT_CV(25L * 1024 * 1024, DocumentType.PDF),
    /** An anonymised sample report as PDF. */
    SAMPLE_REPORT(25L * 1024 * 1024, DocumentType.PDF),
    /** A client's case papers: PDF, Word (.docx without macros), JPEG or PNG. */
    CASE_DOCUMENT(25L * 1024 * 1024, DocumentType.PDF, DocumentType.WORD, DocumentType.JPEG, DocumentType.PNG),
    /** A version of the expert report, as PDF. */
    REPORT(50L * 1024 * 1024, DocumentType.PDF);

    private final long maxBytes;
    private final Set<DocumentType> types;

    DocumentPurpose(long maxBytes, DocumentType first, DocumentType... others) {
        this.maxBytes = maxBytes;
        this.types = Set.copyOf(EnumSet.of(first, others));
    }

    /** The types this purpose allows. */
    public Set<DocumentType> types() {
        return types;
    }

    /**
     * The allowed type of a file detected as {@code detectedMediaType} and named {@code fileName},
     * or empty when the content is of no allowed type or the name's extension is not that type's.
     */
    public Optional<DocumentType> typeOf(String detectedMediaType, String fileName) {
        return DocumentType.ofDetected(detectedMediaType)
                .filter(types::contains)
                .filter(type -> type.matchesNameOf(fileName));
    }

    /** The translation key of the refusal that names the types this purpose allows. */
    public String typeRefusalKey() {
        return "document.refused.type." + name().toLowerCase();
    }

    public long maxBytes() {
        return maxBytes;
    }

    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }
}
