package org.expertportal.consultation;

import java.time.Duration;

/**
 * Rules the organisation configures ({@code portal.consultation.*}).
 *
 * @param changeNotice a client may cancel or move a consultation until this long before it starts
 */
public record ConsultationPolicy(Duration changeNotice) {

    public static ConsultationPolicy defaults() {
        return new ConsultationPolicy(Duration.ofHours(12));
    }
}
