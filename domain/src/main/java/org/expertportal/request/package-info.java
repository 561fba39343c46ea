/**
 * Report requests: the public intake, the one-hour first-response promise, the request lifecycle
 * with its immutable timeline, the message thread with the client and the staff-only internal
 * notes (kept in their own table so that no client-facing query can ever reach them).
 */
package org.expertportal.request;
