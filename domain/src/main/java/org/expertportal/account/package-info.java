/**
 * Accounts: who may sign in, with which role (client, staff, admin), in which language, and the
 * use cases that change them. The first administrator of a new installation is created here from
 * configuration; no account with a known password exists outside the demo data.
 */
package org.expertportal.account;
