package org.expertportal.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One alert for one account. It holds no free text on purpose: a reference such as
 * {@code ER-2026-000123}, a page of the portal and a time are all an email may carry, so
 * case details cannot reach an email by mistake.
 *
 * @param reference a request reference, or null when the alert is about no request
 * @param link the page the mail links to; the notifications module writes its address
 * @param accountLinkId a single-use account link (invitation, reset, email change) whose token the
 *     mail carries, or null. The token is made when the mail is written, so no row holds it.
 * @param consultationId the consultation whose calendar invite (ICS) the mail carries, or null. The
 *     invite is written when the mail is, from the consultation as it stands then.
 * @param lastAddress the address to write to instead of the account's, or null. For the mail that
 *     confirms an erasure (the address the account had before it was erased) and for an invited
 *     expert's copy of a consultation invite (docs/adr/040); it goes at once, whatever the account's
 *     preferences, and the outbox forgets the address once the mail is sent or given up.
 * @param change for a {@link AlertType#REQUEST_UPDATED}: what kind of thing changed, which the one
 *     email gathering a request's updates lists (docs/adr/038); else null
 */
public record Alert(
        AlertType type, long recipientAccountId, String reference, PortalLink link, Instant occurredAt,
        Long accountLinkId, Long consultationId, String lastAddress, RequestChange change) {

    private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9-]{1,32}");

    public Alert {
        Objects.requireNonNull(type);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(link);
        if (reference != null && !REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("An alert reference is a request reference, nothing else");
        }
    }

    public Alert(AlertType type, long recipientAccountId, String reference, PortalLink link, Instant occurredAt,
            Long accountLinkId, Long consultationId, String lastAddress) {
        this(type, recipientAccountId, reference, link, occurredAt, accountLinkId, consultationId, lastAddress, null);
    }

    public Alert(AlertType type, long recipientAccountId, String reference, PortalLink link, Instant occurredAt) {
        this(type, recipientAccountId, reference, link, occurredAt, null, null, null);
    }

    /**
     * To the client: something changed on their request. Such alerts are gathered per request
     * within a window and go out as one email listing the kinds of change (docs/adr/038).
     */
    public static Alert requestUpdated(long clientAccountId, String reference, Instant occurredAt,
            RequestChange change) {
        Objects.requireNonNull(change);
        return new Alert(AlertType.REQUEST_UPDATED, clientAccountId, reference, PortalLink.clientRequest(reference),
                occurredAt, null, null, null, change);
    }

    public Alert(AlertType type, long recipientAccountId, String reference, PortalLink link, Instant occurredAt,
            Long accountLinkId) {
        this(type, recipientAccountId, reference, link, occurredAt, accountLinkId, null, null);
    }

    /**
     * A copy of a consultation alert for the expert staff invited: composed as the staff member's
     * mail, sent to the expert's address, with the same invite.
     */
    public static Alert consultationCopyTo(AlertType type, long staffAccountId, String reference, String address,
            Instant start, long consultationId) {
        Objects.requireNonNull(address);
        return new Alert(type, staffAccountId, reference, PortalLink.to(PortalLink.Page.HOME), start, null,
                consultationId, address);
    }

    /** An alert about a consultation: its time is the consultation's start, and the mail carries its invite. */
    public static Alert aboutConsultation(AlertType type, long recipientAccountId, String reference, PortalLink link,
            Instant start, long consultationId) {
        return new Alert(type, recipientAccountId, reference, link, start, null, consultationId, null);
    }

    /**
     * The mail that confirms an erasure, to the address the account had until the erasure: the
     * account itself no longer has one (see {@code lastAddress}).
     */
    public static Alert toLastAddress(
            AlertType type, long recipientAccountId, String address, PortalLink link, Instant occurredAt) {
        Objects.requireNonNull(address);
        return new Alert(type, recipientAccountId, null, link, occurredAt, null, null, address);
    }

    public Optional<String> optionalLastAddress() {
        return Optional.ofNullable(lastAddress);
    }

    /** An alert about the account itself rather than about a request. */
    public static Alert about(AlertType type, long recipientAccountId, PortalLink link, Instant occurredAt) {
        return new Alert(type, recipientAccountId, null, link, occurredAt);
    }

    /** An alert whose mail carries a single-use link (see {@code AccountLink}): the token is added when sent. */
    public static Alert withAccountLink(
            AlertType type, long recipientAccountId, PortalLink link, Instant occurredAt, long accountLinkId) {
        return new Alert(type, recipientAccountId, null, link, occurredAt, accountLinkId);
    }

    public Optional<Long> optionalAccountLinkId() {
        return Optional.ofNullable(accountLinkId);
    }

    public Optional<RequestChange> optionalChange() {
        return Optional.ofNullable(change);
    }

    public Optional<Long> optionalConsultationId() {
        return Optional.ofNullable(consultationId);
    }

    public Optional<String> optionalReference() {
        return Optional.ofNullable(reference);
    }
}
