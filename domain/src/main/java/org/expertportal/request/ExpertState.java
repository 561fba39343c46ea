package org.expertportal.request;

/** How far staff are with the expert named on a request. */
public enum ExpertState {
    /** Staff have an expert in mind and are asking them; the client is not told yet. */
    PROPOSED,
    /** The expert took the case. */
    ASSIGNED;

    public String nameKey() {
        return "workbench.expert-state." + name().toLowerCase();
    }
}
