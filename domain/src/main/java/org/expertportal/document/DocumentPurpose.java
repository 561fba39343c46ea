package org.expertportal.document;

/** What a document is for: decides what may be uploaded as it and how big it may be. */
public enum DocumentPurpose {
    /** An expert's CV as PDF. */
    EXPERT_CV(25L * 1024 * 1024, "application/pdf"),
    /** An anonymised sample report as PDF. */
    SAMPLE_REPORT(25L * 1024 * 1024, "application/pdf");

    private final long maxBytes;
    private final String mediaType;

    DocumentPurpose(long maxBytes, String mediaType) {
        this.maxBytes = maxBytes;
        this.mediaType = mediaType;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The one media type accepted, as detected from the content (never from the name). */
    public String mediaType() {
        return mediaType;
    }

    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }
}
