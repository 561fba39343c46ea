package org.expertportal.request.servicelevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.servicelevel.ServiceLevelQueries.Breach;

/**
 * The service level of the last weeks (oldest first, this week last) and the open work now.
 *
 * @param openByStatus open requests per status
 * @param openByRegion open requests per region key, most first; {@link #NO_COUNTRY} for the short
 *     requests that name no country
 */
public record ServiceLevelReport(Instant asOf, List<Week> weeks, List<Breach> breaches,
        Map<RequestStatus, Long> openByStatus, Map<String, Long> openByRegion) {

    /** The region key of the open requests that name no country (docs/adr/039). */
    public static final String NO_COUNTRY = "none";

    /**
     * One week, Monday to Monday in the office's zone. Response figures are about the requests
     * received that week; deliveries about first deliveries made that week.
     *
     * @param pending received that week, unanswered, and still within their time
     * @param withinTarget answered by their first-response time (the hour)
     */
    public record Week(LocalDate monday, long received, long answered, long withinTarget, long breaches,
            long pending, Optional<Double> medianMinutes, Optional<Double> p90Minutes, long delivered,
            Optional<Double> medianMinutesToDelivery) {

        /** Share answered within the hour, of the requests whose time has run out. */
        public Optional<Double> shareWithinTarget() {
            long decided = received - pending;
            return decided == 0 ? Optional.empty() : Optional.of((double) withinTarget / decided);
        }
    }
}
