/**
 * Alerts: what the domain tells people by email. A use case publishes an {@link
 * org.expertportal.notification.Alert} through the {@link org.expertportal.notification.AlertPublisher}
 * port inside its own transaction; the notifications module keeps it and delivers it after
 * commit. An alert carries only what may appear in an email: a type, a recipient account, a
 * request reference, a link path and a time. Never case content.
 */
package org.expertportal.notification;
