package org.expertportal.request.tracking;

import java.time.Instant;

/** One person's read marker as the data export shows it: which request's thread, read when. */
public record ReadMarker(String reference, Instant readAt) {}
