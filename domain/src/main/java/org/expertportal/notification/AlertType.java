package org.expertportal.notification;

/**
 * Every kind of email the portal sends. A new kind needs a constant here, the code that publishes
 * it, and its two templates (HTML and text) in the notifications module.
 */
public enum AlertType {
    /** Security: someone changed the account's password. Cannot be switched off. */
    PASSWORD_CHANGED(true),
    /** An administrator checks that mail reaches them. Sent to that administrator only. */
    TEST_ALERT(true),
    /**
     * A country profile the person follows was republished. The email links to the home page,
     * which lists the followed countries: the email itself never names the country.
     */
    COUNTRY_UPDATED(false),
    /** A new account: the link to choose a first password (valid 72 hours). */
    ACCOUNT_INVITATION(true),
    /**
     * To an existing account an organisation admin invited as a colleague: nothing changed; to join,
     * ask the portal team (docs/adr/033).
     */
    COLLEAGUE_INVITATION_EXISTING(true),
    /** Someone asked for a new password: the link to choose it (valid 1 hour). */
    PASSWORD_RESET(true),
    /** Sent to the new address of an email change: the link that confirms it (valid 24 hours). */
    EMAIL_CHANGE_CONFIRMATION(true),
    /** Security, sent to the old address: the account's email was changed. */
    EMAIL_CHANGED(true),
    /**
     * To the client: their request arrived. The alert's time is the promised response time, so the
     * email can say "we will respond by".
     */
    REQUEST_RECEIVED(true),
    /**
     * To an existing account whose address was typed into the public request form: the link that
     * confirms the request is theirs (docs/adr/033). No reference, no case detail: the link only.
     */
    HELD_REQUEST_CONFIRMATION(true),
    /**
     * To a staff or admin account whose address was typed into the public request form: staff
     * cannot request through the form, nothing was created (docs/adr/033).
     */
    FORM_USED_WITH_STAFF_ADDRESS(true),
    /** To staff on duty: a new request; its time is when the first response is due. */
    REQUEST_SUBMITTED(true),
    /** To staff: a request is close to its first-response due time (the alert's time) unanswered. */
    REQUEST_RESPONSE_DUE_SOON(true),
    /** To admins: a request was not answered by its due time (the alert's time). */
    REQUEST_RESPONSE_OVERDUE(true),
    /**
     * To the client: staff replied, changed the status, assigned an expert or shared a document. The
     * updates of one request within a window go out as one email listing the kinds of change
     * (docs/adr/038); the email says only "sign in to read it".
     */
    REQUEST_UPDATED(false),
    /** To staff: the client wrote, uploaded a document or cancelled. */
    REQUEST_CLIENT_ACTIVITY(false),
    /** To the client and the staff member: a consultation was booked; its time is the start. With an invite. */
    CONSULTATION_BOOKED(true),
    /** To both: the consultation moved (or got its video link); its time is the new start. With an invite. */
    CONSULTATION_CHANGED(true),
    /** To both: the consultation was cancelled; its time is the start it had. With a cancelling invite. */
    CONSULTATION_CANCELLED(true),
    /** To both: the consultation starts soon (24 hours or 1 hour); its time is the start. */
    CONSULTATION_REMINDER(true),
    /**
     * To the client: a report version was delivered and can be downloaded (the alert's time is
     * when). Always sent: a delivered report must not go unnoticed.
     */
    REPORT_DELIVERED(true),
    /** To the client: their erasure request arrived and waits for an administrator. */
    ERASURE_REQUESTED(true),
    /**
     * To the address the client had before the erasure: their data is erased. Written to that
     * address although the account no longer has it ({@link Alert#toLastAddress}).
     */
    ERASURE_DONE(true),
    /** To the client: an administrator refused their erasure request; the page says what to do. */
    ERASURE_REFUSED(true),
    /**
     * To the client, once per request, 30 days before a finished request is anonymised under the
     * retention period. The alert's time is when that will happen.
     */
    RETENTION_WARNING(true);

    private final boolean mandatory;

    AlertType(boolean mandatory) {
        this.mandatory = mandatory;
    }

    /** Account and security alerts: always sent, always immediately, whatever the preferences. */
    public boolean isMandatory() {
        return mandatory;
    }

    /**
     * Alerts whose immediate delivery waits for a window after the first one, so that a request's
     * updates in that window go out as one email (docs/adr/038). Report delivered, consultation
     * invites and changes, account links and security alerts are never gathered.
     */
    public boolean isGatheredPerRequest() {
        return this == REQUEST_UPDATED;
    }

    /** The name templates and translation keys use, e.g. {@code password-changed}. */
    public String key() {
        return name().toLowerCase().replace('_', '-');
    }
}
