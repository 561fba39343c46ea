package org.expertportal.consultation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** What staff see of consultations. No case detail: the reference leads to the request page. */
public final class StaffConsultationViews {

    private StaffConsultationViews() {}

    /** One line of the staff member's list. */
    public record Line(long id, String reference, ConsultationStatus status, Instant start, Instant end,
            ZoneId clientZone, ZoneId staffZone, Optional<String> videoLink, boolean mayRecordOutcome) {}
}
