/**
 * Accounts: who may sign in, with which role (client, staff, admin), in which language, and the
 * use cases that change them. The first administrator of a new installation is created here from
 * configuration; no account with a known password exists outside the demo data. Passwords follow
 * NIST SP 800-63B (length, not composition; none of the 100,000 most common). Two-factor
 * authentication with TOTP is required for staff and administrators and optional for clients.
 */
package org.expertportal.account;
