/**
 * The audit trail: an append-only record of who did what to which record, when and from where
 * (sign-ins, refusals, downloads, administrators' changes). Use cases call {@link
 * org.expertportal.audit.AuditTrail}; administrators read it. Entries name accounts and records by
 * id only, never by email, name or case content, because the trail outlives what it points to.
 */
package org.expertportal.audit;
