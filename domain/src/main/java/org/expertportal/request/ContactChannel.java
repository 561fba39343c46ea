package org.expertportal.request;

/** How the requester prefers to be contacted. */
public enum ContactChannel {
    EMAIL, PHONE, WHATSAPP;

    public String nameKey() {
        return "request.contact-channel." + name().toLowerCase().replace('_', '-');
    }
}
