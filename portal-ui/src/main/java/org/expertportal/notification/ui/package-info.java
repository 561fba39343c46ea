/**
 * Administrators' view of email alerts: the outbox with each alert's state, resending failed
 * alerts, a test email, and (demo profile) the mail the portal captured instead of sending out.
 */
package org.expertportal.notification.ui;
