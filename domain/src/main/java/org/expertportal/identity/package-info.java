/**
 * Who is acting: the roles of the portal ({@link org.expertportal.identity.Role}) and the port that
 * tells a use case who the caller is ({@link org.expertportal.identity.CurrentUser}). Every feature
 * checks its rules against these; accounts and the audit trail both build on them, so neither has
 * to depend on the other to know who acts.
 */
package org.expertportal.identity;
