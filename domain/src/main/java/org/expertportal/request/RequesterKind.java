package org.expertportal.request;

/** Who is asking. */
public enum RequesterKind {
    LAW_FIRM, APPLICANT, NGO, OTHER;

    public String nameKey() {
        return "request.requester-kind." + name().toLowerCase().replace('_', '-');
    }
}
