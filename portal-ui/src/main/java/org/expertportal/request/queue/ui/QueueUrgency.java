package org.expertportal.request.queue.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.expertportal.request.clock.ResponsePolicy;
import org.expertportal.request.queue.QueueFilter;
import org.expertportal.request.queue.QueueLine;
import org.expertportal.request.ui.RequestParts;

/** How urgent a queue line is, in words and a style: time left or overdue, days to the hearing, age. */
public final class QueueUrgency {

    private QueueUrgency() {}

    /** The text of the urgency column (translated by {@code tr}) and whether it warns. */
    public record Shown(String text, boolean warning) {}

    public static Shown of(QueueLine line, Instant now, LocalDate today, RequestParts.Translator tr) {
        if (line.waitingForFirstResponse()) {
            Duration left = Duration.between(now, line.firstResponseDueAt());
            return left.isNegative()
                    ? new Shown(tr.t("workbench.urgency.overdue", left.negated().toMinutes()), true)
                    : new Shown(tr.t("workbench.urgency.left", left.toMinutes()), ResponsePolicy.isShortOfTime(left));
        }
        if (line.hearingDate() != null) {
            long days = ChronoUnit.DAYS.between(today, line.hearingDate());
            return days < 0 ? new Shown(tr.t("workbench.urgency.hearing-passed", -days), true)
                    : new Shown(tr.t("workbench.urgency.hearing", days), days <= 7);
        }
        long age = ChronoUnit.DAYS.between(line.receivedAt(), now);
        return new Shown(tr.t("workbench.urgency.age", age), false);
    }

    /** "Expert due in N days" or "expert overdue by N days", when near or passed; empty otherwise. */
    public static String expertDue(QueueLine line, LocalDate today, RequestParts.Translator tr) {
        if (line.expertDueDate() == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today, line.expertDueDate());
        if (days < 0) {
            return tr.t("workbench.expert-due.passed", -days);
        }
        return days <= QueueFilter.EXPERT_DUE_SOON_DAYS
                ? tr.t("workbench.expert-due.soon", days) : "";
    }
}
