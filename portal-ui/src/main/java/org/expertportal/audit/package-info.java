/** Wiring of the audit trail to events of other features. */
package org.expertportal.audit;
