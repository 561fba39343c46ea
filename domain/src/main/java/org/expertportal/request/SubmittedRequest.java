package org.expertportal.request;

import java.time.Instant;

/** What the visitor is told after submitting: the same whether their email was known or not. */
public record SubmittedRequest(String reference, Instant receivedAt, Instant respondBy) {}
