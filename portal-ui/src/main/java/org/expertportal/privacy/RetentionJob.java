package org.expertportal.privacy;

import java.time.Clock;
import java.time.Instant;
import org.expertportal.jobs.JobItems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a night ({@code portal.retention.cron}, "-" switches it off): warnings 30 days ahead, then anonymisation of
 * finished requests past the retention period. Each request in its own transaction, so one failure
 * stops nothing else; another instance that got there first makes this one's attempt a no-op.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionService retention;
    private final Clock clock;

    RetentionJob(RetentionService retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.retention.cron:0 17 3 * * *}", zone = "UTC")
    void scheduled() {
        run(clock.instant());
    }

    /** One round at {@code now}: what was warned and what was anonymised. */
    Result run(Instant now) {
        int warned = 0;
        int anonymised = 0;
        for (long id : retention.dueForWarning(now)) {
            if (JobItems.runOnce(log, "Retention step for request", id, () -> retention.warnIfDue(id, now))) {
                warned++;
            }
        }
        for (long id : retention.dueForAnonymisation(now)) {
            if (JobItems.runOnce(log, "Retention step for request", id, () -> retention.anonymiseIfDue(id, now))) {
                anonymised++;
            }
        }
        if (warned + anonymised > 0) {
            log.info("Retention: {} request(s) warned, {} anonymised", warned, anonymised);
        }
        return new Result(warned, anonymised);
    }


    record Result(int warned, int anonymised) {}
}
