package org.expertportal.request;

/** Where the asylum or immigration case stands. */
public enum CaseStage {
    INITIAL_CLAIM, APPEAL, FURTHER_SUBMISSIONS, JUDICIAL_REVIEW, OTHER;

    public String nameKey() {
        return "request.case-stage." + name().toLowerCase().replace('_', '-');
    }
}
