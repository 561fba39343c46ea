package org.expertportal.privacy;

/** Where an erasure request stands. */
public enum ErasureStatus {
    /** Asked by the client, waiting for an administrator. */
    PENDING,
    /** Granted: the account and its requests were anonymised. */
    APPROVED,
    /** Refused by an administrator; the client may ask again. */
    REFUSED;

    public String nameKey() {
        return "privacy.erasure.status." + name().toLowerCase();
    }
}
