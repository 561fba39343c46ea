/** The administrators' view of the audit trail: filtered, paged from the database, read only. */
package org.expertportal.audit.ui;
