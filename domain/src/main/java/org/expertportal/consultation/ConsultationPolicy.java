package org.expertportal.consultation;

import java.time.Duration;
import java.time.Instant;

/**
 * Rules the organisation configures ({@code portal.consultation.*}, docs/adr/040). A client may
 * cancel a booking at any time before it starts, and move it until the change notice before it
 * starts. No slot is offered sooner than the booking notice, whatever a staff member's own notice.
 *
 * <p>The change notice may not exceed the booking notice unless {@code fixedOnceBooked} says that
 * slots inside the change notice are offered anyway and shown as "cannot be moved after booking";
 * otherwise a client could book a time that the portal at once refuses to move. The application
 * refuses to start with such a setting.
 *
 * @param changeNotice a client may move a consultation until this long before it starts
 * @param bookingNotice no slot is offered that starts sooner than this
 * @param fixedOnceBooked whether slots that could no longer be moved once booked may be offered
 */
public record ConsultationPolicy(Duration changeNotice, Duration bookingNotice, boolean fixedOnceBooked) {

    public static final Duration DEFAULT_NOTICE = Duration.ofMinutes(StaffAvailability.DEFAULT_NOTICE_MINUTES);

    public ConsultationPolicy {
        if (changeNotice == null || bookingNotice == null || changeNotice.isNegative() || bookingNotice.isNegative()) {
            throw new IllegalArgumentException("The change notice and the booking notice are durations of zero or more"
                    + " (portal.consultation.change-notice, portal.consultation.booking-notice)");
        }
        if (changeNotice.compareTo(bookingNotice) > 0 && !fixedOnceBooked) {
            throw new IllegalArgumentException("The change notice (portal.consultation.change-notice = " + changeNotice
                    + ") is longer than the booking notice (portal.consultation.booking-notice = " + bookingNotice
                    + "): clients could book times they can never move. Shorten the change notice, lengthen the"
                    + " booking notice, or set portal.consultation.fixed-once-booked=true to offer such times marked"
                    + " \"cannot be moved after booking\" (docs/adr/040).");
        }
    }

    /** Two hours' notice for both: every slot offered can be moved once booked. */
    public static ConsultationPolicy defaults() {
        return new ConsultationPolicy(DEFAULT_NOTICE, DEFAULT_NOTICE, false);
    }

    /**
     * The last moment (inclusive) a consultation starting at {@code start} may be moved by its
     * client: inclusive, so that a slot offered exactly at the booking notice equal to the change
     * notice can still be moved at the instant it is booked.
     */
    public Instant changeUntil(Instant start) {
        return start.minus(changeNotice);
    }

    /** Whether a consultation starting at {@code start} may still be moved by its client at {@code now}. */
    public boolean allowsMove(Instant start, Instant now) {
        return !now.isAfter(changeUntil(start));
    }

    /** Whether a consultation starting at {@code start} may still be cancelled at {@code now}: until it starts. */
    public boolean allowsCancel(Instant start, Instant now) {
        return now.isBefore(start);
    }

    /** The slot rules with the booking notice as the least notice. */
    SlotRules offered(SlotRules rules) {
        return rules.minimumNotice().compareTo(bookingNotice) >= 0 ? rules : new SlotRules(rules.zone(), rules.weekly(),
                rules.exceptions(), rules.meeting(), rules.buffer(), bookingNotice, rules.horizon());
    }
}
