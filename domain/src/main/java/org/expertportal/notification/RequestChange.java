package org.expertportal.notification;

/**
 * What kind of thing changed on a request, for the one email that gathers a request's updates
 * (docs/adr/038). A kind, never the text: the email lists "a reply from our staff", not the reply.
 */
public enum RequestChange {
    /** Staff wrote a reply the client reads. */
    REPLY,
    /** The request moved to another status. */
    STATUS,
    /** An expert was assigned. */
    EXPERT_ASSIGNED,
    /** Staff shared a document with the client. */
    DOCUMENT_SHARED;

    /** The name translation keys use, e.g. {@code expert-assigned}. */
    public String key() {
        return name().toLowerCase().replace('_', '-');
    }
}
