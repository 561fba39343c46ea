/**
 * Free consultations: staff members' availability (weekly hours in their own zone, exceptions,
 * meeting length, buffer, notice, horizon, video link), the free slots it yields, and bookings
 * that clients make, change and cancel on their requests. A booked slot is held by a row the
 * database keeps unique per staff member and start, so two clients can never get one slot.
 */
package org.expertportal.consultation;
