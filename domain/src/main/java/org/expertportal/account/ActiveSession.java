package org.expertportal.account;

import java.time.Instant;

/** A signed-in session as its owner sees it in the list; {@code current} is the one they use. */
public record ActiveSession(long id, Instant signedInAt, Instant lastSeenAt, String userAgent, String ip,
        boolean current) {}
