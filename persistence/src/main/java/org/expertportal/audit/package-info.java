/** The audit trail's table, append-only (the database refuses UPDATE and DELETE on it). */
package org.expertportal.audit;
