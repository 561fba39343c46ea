package org.expertportal.consultation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Locale;
import org.expertportal.shared.DomainException;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.stereotype.Component;

/**
 * Writes a booking and flushes at once, inside the use case's transaction. When the unique key
 * {@code uk_consultation_staff_slot} refuses it, another booking holds that staff member's slot:
 * the use case is told so in its own words and rolls back.
 */
@Component
class JpaSlotClaims implements SlotClaims {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Consultation claim(Consultation consultation) {
        try {
            if (consultation.getId() == null) {
                entityManager.persist(consultation);
            }
            entityManager.flush();
            return consultation;
        } catch (PersistenceException e) {
            if (isSlotKey(e)) {
                throw new DomainException("consultation.refused.slot-taken");
            }
            throw e;
        }
    }

    private static boolean isSlotKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                String name = violation.getConstraintName() == null ? "" : violation.getConstraintName();
                String text = name + " " + violation.getMessage();
                return text.toLowerCase(Locale.ROOT).contains("uk_consultation_staff_slot");
            }
        }
        return false;
    }
}
