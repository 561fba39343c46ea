/**
 * Staff working a request: status changes and replies, internal notes (staff only), assignment,
 * expert instruction and report delivery, each recorded as a staff change. Its door is the three
 * services ({@link org.expertportal.request.workbench.RequestHandlingService},
 * {@link org.expertportal.request.workbench.RequestAssignmentService},
 * {@link org.expertportal.request.workbench.ReportDeliveryService}), their page records and the
 * {@link org.expertportal.request.workbench.RequestWorkRecorded} event.
 */
package org.expertportal.request.workbench;
