package org.expertportal.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A correct password waiting for its code, kept in the HTTP session (never in the security
 * context, so that every page but the second step treats the visitor as anonymous).
 */
record PendingSecondFactor(long accountId, String email, Instant since) implements Serializable {

    static final String SESSION_ATTRIBUTE = PendingSecondFactor.class.getName();
    /** Time to open the app and type a code; after that, the password is asked again. */
    static final Duration VALID_FOR = Duration.ofMinutes(5);

    boolean expiredAt(Instant now) {
        return now.isAfter(since.plus(VALID_FOR));
    }
}
