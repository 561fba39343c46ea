package org.expertportal.request;

/** Why a request was declined or cancelled. */
public enum ClosingReason {
    OUTSIDE_COVERAGE(RequestStatus.DECLINED),
    NO_EXPERT_AVAILABLE(RequestStatus.DECLINED),
    DEADLINE_TOO_SHORT(RequestStatus.DECLINED),
    CONFLICT_OF_INTEREST(RequestStatus.DECLINED),
    CLIENT_WITHDREW(RequestStatus.CANCELLED),
    CASE_RESOLVED(RequestStatus.CANCELLED),
    DUPLICATE_REQUEST(RequestStatus.CANCELLED),
    NO_REPLY_FROM_CLIENT(RequestStatus.CANCELLED),
    OTHER(null);

    private final RequestStatus onlyFor;

    ClosingReason(RequestStatus onlyFor) {
        this.onlyFor = onlyFor;
    }

    public boolean fits(RequestStatus status) {
        return status.needsReason() && (onlyFor == null || onlyFor == status);
    }

    public String nameKey() {
        return "request.reason." + name().toLowerCase().replace('_', '-');
    }
}
