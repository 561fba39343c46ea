package org.expertportal.consultation;

/**
 * Port: writes a booking at once, so that the database's unique key on (staff, held start)
 * decides a race inside the use case. A clash comes back as the domain refusal
 * {@code consultation.refused.slot-taken}, never as a database error.
 */
public interface SlotClaims {

    Consultation claim(Consultation consultation);
}
