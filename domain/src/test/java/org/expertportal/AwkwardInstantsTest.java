package org.expertportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.expertportal.consultation.ConsultationPolicy;
import org.expertportal.consultation.Slot;
import org.expertportal.consultation.SlotRules;
import org.expertportal.consultation.Slots;
import org.expertportal.consultation.WeeklyHours;
import org.expertportal.request.clock.ResponsePolicy;
import org.expertportal.request.clock.ServiceHours;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules that depend on "now", run at instants where a suite that reads the wall clock passes
 * or fails by luck: 23:50 London on the eves of both daylight-saving changes, 00:10 UTC on the
 * nights of the changes, and 13:59 UTC (the hour the consultation journey used to fail). Each
 * case fixes the clock and states the exact instants expected: the demo staff member's hours
 * (weekdays 09:00-17:00 London, 30-minute meetings, 2 h minimum notice) with the default 12 h
 * change notice, and the first-response promise both around the clock (60 min, warning at 45) and
 * in business hours (MON-FRI 09:00-18:00 London).
 */
class AwkwardInstantsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final SlotRules DEMO_STAFF = new SlotRules(LONDON,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
                    .map(day -> new WeeklyHours(day, LocalTime.of(9, 0), LocalTime.of(17, 0))).toList(),
            List.of(), Duration.ofMinutes(30), Duration.ZERO, Duration.ofHours(2), Duration.ofDays(30));
    /** A 12-hour change notice, longer than the 2-hour booking notice: slots inside it are offered fixed. */
    private static final ConsultationPolicy CHANGES =
            new ConsultationPolicy(Duration.ofHours(12), Duration.ofHours(2), true);
    private static final ResponsePolicy AROUND_THE_CLOCK = ResponsePolicy.oneHourAroundTheClock();
    private static final ResponsePolicy BUSINESS_HOURS = new ResponsePolicy(60, 45, 60,
            ServiceHours.parse("MON-FRI 09:00-18:00", LONDON, Set.of()));

    /**
     * @param firstSlot the first slot offered
     * @param firstMovable the first slot that, booked now, may still be moved (outside the change notice)
     * @param due first response due around the clock (escalation at the same instant)
     * @param warn warning around the clock
     * @param businessDue first response due in business hours
     * @param businessWarn warning in business hours
     */
    record Case(String name, Instant now, Instant firstSlot, Instant firstMovable, Instant due, Instant warn,
            Instant businessDue, Instant businessWarn) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> awkwardInstants() {
        return Stream.of(
                // Saturday 23:50 GMT; clocks go forward at 01:00 UTC on Sunday. Monday 09:00 is BST (08:00 UTC).
                new Case("23:50 London before the spring change", utc("2027-03-27T23:50"),
                        utc("2027-03-29T08:00"), utc("2027-03-29T08:00"),
                        utc("2027-03-28T00:50"), utc("2027-03-28T00:35"),
                        utc("2027-03-29T09:00"), utc("2027-03-29T08:45")),
                // Saturday 23:50 BST (22:50 UTC); clocks go back at 01:00 UTC on Sunday. Monday 09:00 is GMT.
                new Case("23:50 London before the autumn change", utc("2026-10-24T22:50"),
                        utc("2026-10-26T09:00"), utc("2026-10-26T09:00"),
                        utc("2026-10-24T23:50"), utc("2026-10-24T23:35"),
                        utc("2026-10-26T10:00"), utc("2026-10-26T09:45")),
                // 00:10 UTC (00:10 GMT) on the spring change night: due 60 real minutes later, 02:10 BST.
                new Case("00:10 UTC on the spring change night", utc("2027-03-28T00:10"),
                        utc("2027-03-29T08:00"), utc("2027-03-29T08:00"),
                        utc("2027-03-28T01:10"), utc("2027-03-28T00:55"),
                        utc("2027-03-29T09:00"), utc("2027-03-29T08:45")),
                // 00:10 UTC (01:10 BST) on the autumn change night: due 60 minutes later, 01:10 GMT again.
                new Case("00:10 UTC on the autumn change night", utc("2026-10-25T00:10"),
                        utc("2026-10-26T09:00"), utc("2026-10-26T09:00"),
                        utc("2026-10-25T01:10"), utc("2026-10-25T00:55"),
                        utc("2026-10-26T10:00"), utc("2026-10-26T09:45")),
                // 00:10 UTC on an ordinary Wednesday in winter: today's 09:00 is within the 12 h change notice.
                new Case("00:10 UTC on a winter Wednesday", utc("2026-11-25T00:10"),
                        utc("2026-11-25T09:00"), utc("2026-11-25T12:30"),
                        utc("2026-11-25T01:10"), utc("2026-11-25T00:55"),
                        utc("2026-11-25T10:00"), utc("2026-11-25T09:45")),
                // 13:59 UTC on a winter Wednesday: the first slot (16:00) cannot be moved; Thursday 09:00 can.
                new Case("13:59 UTC on a winter Wednesday", utc("2026-11-25T13:59"),
                        utc("2026-11-25T16:00"), utc("2026-11-26T09:00"),
                        utc("2026-11-25T14:59"), utc("2026-11-25T14:44"),
                        utc("2026-11-25T14:59"), utc("2026-11-25T14:44")),
                // 13:59 UTC is 14:59 BST on a summer Wednesday: 16:59 is past the last slot, Thursday 09:00 BST.
                new Case("13:59 UTC on a summer Wednesday", utc("2026-06-17T13:59"),
                        utc("2026-06-18T08:00"), utc("2026-06-18T08:00"),
                        utc("2026-06-17T14:59"), utc("2026-06-17T14:44"),
                        utc("2026-06-17T14:59"), utc("2026-06-17T14:44")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("awkwardInstants")
    void slots_offered_respect_the_minimum_notice_and_a_slot_booked_outside_the_change_notice_can_be_moved(Case at) {
        Instant now = Clock.fixed(at.now(), ZoneOffset.UTC).instant();
        List<Slot> offered = Slots.free(DEMO_STAFF, List.of(), now);

        Slot first = offered.getFirst();
        assertThat(first.start()).isEqualTo(at.firstSlot());
        assertThat(first.start()).isAfterOrEqualTo(now.plus(DEMO_STAFF.minimumNotice()));
        assertThat(first.end()).isEqualTo(at.firstSlot().plus(Duration.ofMinutes(30)));
        assertThat(offered).allSatisfy(slot -> assertThat(slot.start()).isAfterOrEqualTo(now.plus(Duration.ofHours(2))));

        Slot movable = offered.stream().filter(slot -> CHANGES.allowsMove(slot.start(), now)).findFirst().orElseThrow();
        assertThat(movable.start()).isEqualTo(at.firstMovable());
        assertThat(CHANGES.changeUntil(movable.start())).isEqualTo(movable.start().minus(Duration.ofHours(12)));
        assertThat(CHANGES.allowsMove(first.start(), now)).isEqualTo(first.equals(movable));

        // Booked now: the slot is busy, the client may move it, and another slot is free to move to.
        List<Slots.Busy> booked = List.of(new Slots.Busy(movable.start(), movable.end()));
        List<Slot> toMoveTo = Slots.free(DEMO_STAFF, booked, now);
        assertThat(toMoveTo).doesNotContain(movable).isNotEmpty();
        assertThat(Slots.isFree(DEMO_STAFF, booked, now, toMoveTo.getLast().start())).isTrue();
        // At the end of the change window, it no longer may.
        assertThat(CHANGES.allowsMove(movable.start(), CHANGES.changeUntil(movable.start()))).isTrue();
        assertThat(CHANGES.allowsMove(movable.start(), CHANGES.changeUntil(movable.start()).plusNanos(1))).isFalse();
        // Cancelling stays possible until the start itself.
        assertThat(CHANGES.allowsCancel(movable.start(), movable.start().minusNanos(1))).isTrue();
        assertThat(CHANGES.allowsCancel(movable.start(), movable.start())).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("awkwardInstants")
    void the_response_clock_counts_real_minutes_around_the_clock_and_london_hours_in_business_hours(Case at) {
        Instant received = Clock.fixed(at.now(), ZoneOffset.UTC).instant();

        assertThat(AROUND_THE_CLOCK.dueAt(received)).isEqualTo(at.due()).isEqualTo(received.plus(Duration.ofHours(1)));
        assertThat(AROUND_THE_CLOCK.warnAt(received)).isEqualTo(at.warn());
        assertThat(AROUND_THE_CLOCK.escalateAt(received)).isEqualTo(at.due());

        assertThat(BUSINESS_HOURS.dueAt(received)).isEqualTo(at.businessDue());
        assertThat(BUSINESS_HOURS.warnAt(received)).isEqualTo(at.businessWarn());
        assertThat(BUSINESS_HOURS.escalateAt(received)).isEqualTo(at.businessDue());
        assertThat(BUSINESS_HOURS.dueAt(received)).isAfterOrEqualTo(AROUND_THE_CLOCK.dueAt(received));
    }

    private static Instant utc(String localDateTime) {
        return Instant.parse(localDateTime + ":00Z");
    }
}
