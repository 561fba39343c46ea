package org.expertportal.request.tracking;

import java.time.Instant;

/** How many staff messages of one request a person has not read yet, and when the newest came. */
public record UnreadMessages(long requestId, long count, Instant latestAt) {}
