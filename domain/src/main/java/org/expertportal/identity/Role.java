package org.expertportal.identity;

/** What a person does in the portal. See {@link Roles} for the names used in annotations. */
public enum Role {
    /** A lawyer, an applicant or an NGO worker who requests reports. */
    CLIENT,
    /** Works the request queue, answers clients, uploads reports. */
    STAFF,
    /** Manages experts, country profiles, accounts and watches the service level. */
    ADMIN
}
