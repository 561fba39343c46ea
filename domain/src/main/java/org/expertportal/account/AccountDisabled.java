package org.expertportal.account;

/**
 * An administrator disabled an account: it can no longer sign in. Published inside the use case's
 * transaction, for whoever must act on it (ending the account's open sessions, the audit trail).
 */
public record AccountDisabled(long accountId) {}
