package org.expertportal.request;

/**
 * What kind of request this is (docs/adr/035): a case that needs a report, or one of the short
 * requests the service offers "on request" (a sample report, an expert's CV, a free consultation).
 * A short request has no case: no hearing date, case stage of its own, services or summary.
 */
public enum RequestKind {
    CASE(RequestedService.FULL_REPORT), SAMPLE(RequestedService.SAMPLE_REPORT), CV(RequestedService.EXPERT_CV),
    CONSULTATION(RequestedService.CONSULTATION);

    private final RequestedService service;

    RequestKind(RequestedService service) {
        this.service = service;
    }

    /** The one service a short request asks for. */
    public RequestedService service() {
        return service;
    }

    public boolean isShort() {
        return this != CASE;
    }

    public String nameKey() {
        return "request.kind." + name().toLowerCase();
    }
}
