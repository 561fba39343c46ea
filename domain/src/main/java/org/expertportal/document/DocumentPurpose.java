package org.expertportal.document;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a document is for: decides what may be uploaded as it and how big it may be. */
public enum DocumentPurpose {
    /** An expert's CV as PDF. */
    EXPERT_CV(25L * 1024 * 1024, "application/pdf"),
    /** An anonymised sample report as PDF. */
    SAMPLE_REPORT(25L * 1024 * 1024, "application/pdf"),
    /** A client's case papers: PDF, Word, JPEG or PNG. */
    CASE_DOCUMENT(25L * 1024 * 1024, "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            // Tika's core detector names every Office Open XML file so; Word files are among them.
            "application/x-tika-ooxml", "image/jpeg", "image/png"),
    /** A version of the expert report, as PDF. */
    REPORT(50L * 1024 * 1024, "application/pdf");

    private final long maxBytes;
    private final String mediaType;
    private final Set<String> accepted;

    DocumentPurpose(long maxBytes, String mediaType, String... alsoAccepted) {
        this.maxBytes = maxBytes;
        this.mediaType = mediaType;
        var all = new HashSet<String>(List.of(alsoAccepted));
        all.add(mediaType);
        this.accepted = Set.copyOf(all);
    }

    /** Whether content detected as {@code detectedMediaType} may be stored for this purpose. */
    public boolean accepts(String detectedMediaType) {
        return accepted.contains(detectedMediaType);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The main media type accepted, as detected from the content (never from the name). */
    public String mediaType() {
        return mediaType;
    }

    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }
}
