/**
 * Consultation screens: the booking panel clients see on their request (and right after the
 * request form), the staff member's availability page and their list of consultations.
 */
package org.expertportal.consultation.ui;
