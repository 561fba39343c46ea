package org.expertportal.request.intake;

/** The privacy notice a requester consents to. A new text gets a new version. */
public final class PrivacyNotice {

    /** Recorded with every request's consent. */
    public static final String VERSION = "2026-11";

    private PrivacyNotice() {}
}
