package org.expertportal.consultation;

import java.time.Clock;
import java.time.Instant;
import org.expertportal.jobs.JobItems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a minute: the reminders 24 hours and 1 hour before each consultation. Each consultation in
 * its own transaction; the row lock and the cleared reminder make each one fire once, even with
 * several instances running.
 */
@Component
class ConsultationReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ConsultationReminderJob.class);

    private final ConsultationReminders reminders;
    private final Clock clock;

    ConsultationReminderJob(ConsultationReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.consultation.reminder-interval:PT1M}", initialDelayString = "PT40S")
    void remind() {
        Instant now = clock.instant();
        for (long id : reminders.due(now)) {
            JobItems.runOnce(log, "Reminder for consultation", id, () -> reminders.remindIfDue(id, now));
        }
    }
}
