/**
 * The client's side of requests: the list, the request page with timeline and thread, messages,
 * case documents and cancelling. Its door is
 * {@link org.expertportal.request.tracking.RequestTrackingService} and the view records in
 * {@link org.expertportal.request.tracking.ClientRequestViews}; it never reads internal notes.
 */
package org.expertportal.request.tracking;
