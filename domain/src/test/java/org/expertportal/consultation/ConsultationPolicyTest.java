package org.expertportal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The notice rules of docs/adr/040: what may be configured, and what a client may still do when. */
class ConsultationPolicyTest {

    private static final Instant START = Instant.parse("2026-12-03T16:00:00Z");

    @Test
    void by_default_both_notices_are_two_hours_so_every_slot_offered_can_be_moved_once_booked() {
        ConsultationPolicy policy = ConsultationPolicy.defaults();
        assertThat(policy.changeNotice()).isEqualTo(Duration.ofHours(2));
        assertThat(policy.bookingNotice()).isEqualTo(Duration.ofHours(2));
        // The earliest slot offered starts exactly the booking notice from now: booked now, it can be moved now.
        Instant now = START.minus(policy.bookingNotice());
        assertThat(policy.allowsMove(START, now)).isTrue();
        assertThat(policy.allowsMove(START, now.plusSeconds(1))).isFalse();
    }

    @Test
    void a_client_may_cancel_until_the_start_but_not_from_the_start() {
        ConsultationPolicy policy = ConsultationPolicy.defaults();
        assertThat(policy.allowsCancel(START, START.minusSeconds(60))).isTrue();
        assertThat(policy.allowsCancel(START, START)).isFalse();
        assertThat(policy.allowsCancel(START, START.plusSeconds(60))).isFalse();
    }

    @Test
    void a_change_notice_longer_than_the_booking_notice_is_refused_with_the_setting_names() {
        assertThatThrownBy(() -> new ConsultationPolicy(Duration.ofHours(12), Duration.ofHours(2), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("portal.consultation.change-notice")
                .hasMessageContaining("portal.consultation.booking-notice")
                .hasMessageContaining("portal.consultation.fixed-once-booked");
        assertThatThrownBy(() -> new ConsultationPolicy(Duration.ofHours(-1), Duration.ofHours(2), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void with_fixed_once_booked_the_longer_change_notice_is_accepted_and_such_slots_are_known() {
        ConsultationPolicy policy = new ConsultationPolicy(Duration.ofHours(12), Duration.ofHours(2), true);
        Instant now = START.minus(Duration.ofHours(3));
        assertThat(policy.allowsMove(START, now)).as("inside the 12 hours: fixed once booked").isFalse();
        assertThat(policy.allowsCancel(START, now)).isTrue();
        assertThat(policy.allowsMove(START.plus(Duration.ofHours(10)), now)).isTrue();
    }

    @Test
    void no_slot_is_offered_sooner_than_the_booking_notice_whatever_the_staff_members_own_notice() {
        SlotRules noNotice = new SlotRules(ZoneId.of("UTC"), List.of(), List.of(
                AvailabilityException.extraHours(START.atZone(ZoneId.of("UTC")).toLocalDate(), LocalTime.of(12, 0),
                        LocalTime.of(18, 0))),
                Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO, Duration.ofDays(30));
        Instant now = Instant.parse("2026-12-03T12:10:00Z");
        assertThat(Slots.free(noNotice, List.of(), now).getFirst().start()).isEqualTo(Instant.parse("2026-12-03T12:30:00Z"));
        assertThat(Slots.free(ConsultationPolicy.defaults().offered(noNotice), List.of(), now).getFirst().start())
                .isEqualTo(Instant.parse("2026-12-03T14:30:00Z"));
    }
}
