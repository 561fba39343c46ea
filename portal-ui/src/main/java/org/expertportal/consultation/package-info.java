/** Consultation wiring of the web application: its configuration and the reminder schedule. */
package org.expertportal.consultation;
