package org.expertportal.request;

/** What a request asks for; any combination. */
public enum RequestedService {
    FULL_REPORT, SAMPLE_REPORT, EXPERT_CV, CONSULTATION;

    public String nameKey() {
        return "request.requested-service." + name().toLowerCase().replace('_', '-');
    }
}
