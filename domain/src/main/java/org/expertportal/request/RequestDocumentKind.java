package org.expertportal.request;

/** Why a document is attached to a request. */
public enum RequestDocumentKind {
    /** Uploaded by the client: the case papers. Seen by the client's side and by staff. */
    CASE_DOCUMENT,
    /** A report version uploaded by staff; seen by the client only once delivered. */
    REPORT,
    /** A sample report staff shared with the client. */
    SAMPLE,
    /** An expert's CV staff shared with the client. */
    EXPERT_CV;

    public String nameKey() {
        return "request.document-kind." + name().toLowerCase().replace('_', '-');
    }
}
