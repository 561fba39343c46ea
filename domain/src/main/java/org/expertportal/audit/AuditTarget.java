package org.expertportal.audit;

import java.util.List;

/**
 * The kinds of record an audit entry points at, as stored in {@code target_type}. Add one when a
 * new kind of record is audited; a target id is always an id or a hash, never a name or address.
 */
public final class AuditTarget {

    public static final String ACCOUNT = "account";
    /** The SHA-256 of an address typed at sign-in: the trail does not say whether it has an account. */
    public static final String ADDRESS_HASH = "address-sha256";
    public static final String DOCUMENT = "document";
    public static final String EXPERT = "expert";
    public static final String COUNTRY = "country";
    public static final String SAMPLE = "sample";
    public static final String SESSION = "session";
    /** A report request, by its reference. */
    public static final String REQUEST = "request";
    /** A page or request path, without its query. */
    public static final String ROUTE = "route";

    /** Every kind above, for filters. */
    public static final List<String> ALL =
            List.of(ACCOUNT, ADDRESS_HASH, DOCUMENT, EXPERT, COUNTRY, SAMPLE, SESSION, REQUEST, ROUTE);

    private AuditTarget() {}
}
