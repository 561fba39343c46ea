package org.expertportal.request.clock;

import java.time.Clock;
import java.time.Instant;
import org.expertportal.jobs.JobItems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a minute: warnings for requests close to their first-response due time, escalations for
 * those past it. Each request in its own transaction; another instance that got there first makes
 * this one's attempt fail on the unique key, which is fine.
 */
@Component
class ResponseClockJob {

    private static final Logger log = LoggerFactory.getLogger(ResponseClockJob.class);

    private final ResponseClockService clockService;
    private final Clock clock;

    ResponseClockJob(ResponseClockService clockService, Clock clock) {
        this.clockService = clockService;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.response.check-interval:PT1M}", initialDelayString = "PT30S")
    void check() {
        Instant now = clock.instant();
        for (long id : clockService.dueForWarning(now)) {
            JobItems.runOnce(log, "Clock alert for request", id, () -> clockService.warnIfDue(id, now));
        }
        for (long id : clockService.dueForEscalation(now)) {
            JobItems.runOnce(log, "Clock alert for request", id, () -> clockService.escalateIfDue(id, now));
        }
    }

}
