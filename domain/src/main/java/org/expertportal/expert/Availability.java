package org.expertportal.expert;

/** Whether an expert takes new cases now. {@link #UNAVAILABLE} comes with a date it ends. */
public enum Availability {
    AVAILABLE,
    LIMITED,
    UNAVAILABLE;

    public String nameKey() {
        return "expert.availability." + name().toLowerCase();
    }
}
