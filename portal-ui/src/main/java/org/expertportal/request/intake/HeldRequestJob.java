package org.expertportal.request.intake;

import java.time.Clock;
import java.time.Instant;
import org.expertportal.jobs.JobItems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour ({@code portal.intake.held-cron}, "-" switches it off): erases the requests held for
 * an existing account that were not confirmed within {@link RequestIntakeService#HOLD}, with their
 * links (docs/adr/033). Each in its own transaction, the way every job runs its items.
 */
@Component
class HeldRequestJob {

    private static final Logger log = LoggerFactory.getLogger(HeldRequestJob.class);

    private final HeldRequestService held;
    private final Clock clock;

    HeldRequestJob(HeldRequestService held, Clock clock) {
        this.held = held;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.intake.held-cron:0 23 * * * *}", zone = "UTC")
    void scheduled() {
        run(clock.instant());
    }

    /** One round at {@code now}: how many held requests were erased. */
    int run(Instant now) {
        int erased = 0;
        for (long id : held.expired(now)) {
            if (JobItems.runOnce(log, "Held request erasure", id, () -> held.eraseIfExpired(id, now))) {
                erased++;
            }
        }
        if (erased > 0) {
            log.info("Held requests: {} expired and erased", erased);
        }
        return erased;
    }
}
