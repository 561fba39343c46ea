package org.expertportal.request;

/** What a timeline entry records besides the status: a consultation booked, moved or cancelled. */
public enum TimelineDetail {
    CONSULTATION_BOOKED,
    CONSULTATION_CHANGED,
    CONSULTATION_CANCELLED;

    public String nameKey() {
        return "request.timeline." + name().toLowerCase().replace('_', '-');
    }
}
