package org.expertportal.account;

import java.time.Instant;

/**
 * An account was anonymised after a granted erasure request. Published inside the erasing
 * transaction: a feature that keeps more about a person (two-factor secrets, recovery codes,
 * sessions) removes it on this event; the audit trail records the id and the time only.
 */
public record AccountErased(long accountId, Instant at) {}
