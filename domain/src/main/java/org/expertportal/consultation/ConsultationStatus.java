package org.expertportal.consultation;

/** Where a booking stands. Only a booked one holds its slot and can still change. */
public enum ConsultationStatus {
    BOOKED,
    CANCELLED,
    HELD,
    NO_SHOW;

    public String nameKey() {
        return "consultation.status." + name().toLowerCase().replace('_', '-');
    }
}
