/**
 * Report requests: the aggregate {@link org.expertportal.request.ReportRequest} with its status
 * lifecycle, reference and immutable timeline, the message thread and request documents, and the
 * access rules every sub-feature finds a request through. The door for other features is
 * {@link org.expertportal.request.RequestConsultations} (consultations), {@link
 * org.expertportal.request.RequestAnonymisation} and {@link org.expertportal.request.RequestPrivacyQueries}
 * (privacy); the sub-features intake, clock, queue, servicelevel, workbench and tracking each have
 * their own room below.
 */
package org.expertportal.request;
