package org.expertportal.audit;

/**
 * What happened. Stored by name: never rename or remove a constant that may have been recorded.
 *
 * <p>To add one: add the constant (any position; the screen sorts by its translated name), add
 * {@code audit.action.<constant in lower case>} to both UI bundles ({@code messages.properties} and
 * {@code messages_ru.properties}), and call {@link AuditTrail#record} from the use case, in its
 * transaction. A refusal or failure that rolls the use case back is recorded with {@link
 * AuditTrail#recordRegardless}. The column holds 48 characters.
 */
public enum AuditAction {
    SIGN_IN_SUCCEEDED,
    /** Wrong password or unknown address; the target is the SHA-256 of the address typed. */
    SIGN_IN_FAILED,
    /** An attempt refused by the throttle, before the password was checked. */
    SIGN_IN_THROTTLED,
    /** The failure that locked an address for 15 minutes. */
    SIGN_IN_LOCKED_OUT,
    PASSWORD_CHANGED,
    /** A signed-in person was refused a page, a request or a use case. */
    ACCESS_DENIED,
    DOCUMENT_DOWNLOADED,
    /** A stored file failed its integrity check (tampered, damaged or missing); nothing was sent. */
    DOCUMENT_INTEGRITY_FAILED,
    /**
     * A document download refused (not permitted, or not found for this person); the detail says
     * which, with no case detail: the document is not named, since the refusal may be about it.
     */
    DOCUMENT_DOWNLOAD_REFUSED,
    /** An upload refused because the virus scanner found something. */
    UPLOAD_INFECTED,
    EXPERT_CREATED,
    EXPERT_UPDATED,
    EXPERT_DEACTIVATED,
    EXPERT_REACTIVATED,
    EXPERT_CV_UPLOADED,
    COUNTRY_ARTICLE_PUBLISHED,
    SAMPLE_PUBLISHED,
    SAMPLE_RETIRED,
    SESSION_ENDED_BY_USER,
    SESSION_ENDED_BY_ADMIN,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    /** Staff changed a request: the detail names the kind of change (status, reply, note, delivery...). */
    REQUEST_CHANGED,
    /** A client downloaded the export of their own data. */
    DATA_EXPORTED,
    ERASURE_REQUESTED,
    ERASURE_APPROVED,
    ERASURE_REFUSED,
    /** The retention job anonymised a finished request. */
    REQUEST_ANONYMISED,
    /** A consultation moved; the target is the request, the detail says by whom (client or staff). */
    CONSULTATION_MOVED,
    /** A consultation cancelled; the target is the request, the detail says by whom (client or staff). */
    CONSULTATION_CANCELLED;

    /** The translation key of the action's name. */
    public String messageKey() {
        return "audit.action." + name().toLowerCase();
    }
}
