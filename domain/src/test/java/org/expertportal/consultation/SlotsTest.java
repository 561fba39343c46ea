package org.expertportal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Slot generation: staff hours in Europe/London, clients in Ulaanbaatar and Mexico City, across DST changes. */
class SlotsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId ULAANBAATAR = ZoneId.of("Asia/Ulaanbaatar");
    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

    private static List<WeeklyHours> weekdays(LocalTime from, LocalTime to) {
        return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
                .map(day -> new WeeklyHours(day, from, to)).toList();
    }

    private static SlotRules londonWeekdays(Duration buffer, Duration notice, Duration horizon,
            List<AvailabilityException> exceptions) {
        return new SlotRules(LONDON, weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)), exceptions,
                Duration.ofMinutes(30), buffer, notice, horizon);
    }

    private static SlotRules londonWeekdays() {
        return londonWeekdays(Duration.ZERO, Duration.ofHours(2), Duration.ofDays(30), List.of());
    }

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    private static List<LocalTime> startsOn(List<Slot> slots, LocalDate day, ZoneId zone) {
        return slots.stream().map(slot -> slot.start().atZone(zone))
                .filter(start -> start.toLocalDate().equals(day))
                .map(ZonedDateTime::toLocalTime).toList();
    }

    @Test
    void a_london_working_day_gives_sixteen_half_hour_slots_from_nine_in_london_time() {
        List<Slot> slots = Slots.free(londonWeekdays(), List.of(), london("2026-06-07T12:00"));
        List<LocalTime> monday = startsOn(slots, LocalDate.parse("2026-06-08"), LONDON);
        assertThat(monday).hasSize(16).startsWith(LocalTime.of(9, 0), LocalTime.of(9, 30)).endsWith(LocalTime.of(16, 30));
        assertThat(slots).allSatisfy(slot -> assertThat(Duration.between(slot.start(), slot.end())).hasMinutes(30));
        assertThat(startsOn(slots, LocalDate.parse("2026-06-13"), LONDON)).as("Saturday").isEmpty();
    }

    @Test
    void across_the_autumn_change_in_london_slots_stay_at_nine_london_time_and_move_an_hour_in_utc() {
        List<Slot> slots = Slots.free(londonWeekdays(), List.of(), london("2026-10-20T12:00"));
        // Friday 23 Oct: British Summer Time (UTC+1); Monday 26 Oct: GMT (UTC+0).
        assertThat(startsOn(slots, LocalDate.parse("2026-10-23"), LONDON)).first().isEqualTo(LocalTime.of(9, 0));
        assertThat(startsOn(slots, LocalDate.parse("2026-10-26"), LONDON)).first().isEqualTo(LocalTime.of(9, 0));
        assertThat(startsOn(slots, LocalDate.parse("2026-10-23"), ZoneId.of("UTC"))).first().isEqualTo(LocalTime.of(8, 0));
        assertThat(startsOn(slots, LocalDate.parse("2026-10-26"), ZoneId.of("UTC"))).first().isEqualTo(LocalTime.of(9, 0));
        // Mexico City keeps UTC-6 all year since 2022: the client's first slot moves from 02:00 to 03:00.
        assertThat(startsOn(slots, LocalDate.parse("2026-10-23"), MEXICO_CITY)).first().isEqualTo(LocalTime.of(2, 0));
        assertThat(startsOn(slots, LocalDate.parse("2026-10-26"), MEXICO_CITY)).first().isEqualTo(LocalTime.of(3, 0));
        // Ulaanbaatar (UTC+8): 16:00 to 23:30 before; after the change 17:00 to 00:30 the next day.
        assertThat(startsOn(slots, LocalDate.parse("2026-10-23"), ULAANBAATAR))
                .startsWith(LocalTime.of(16, 0)).endsWith(LocalTime.of(23, 30)).hasSize(16);
        assertThat(startsOn(slots, LocalDate.parse("2026-10-26"), ULAANBAATAR))
                .startsWith(LocalTime.of(17, 0)).endsWith(LocalTime.of(23, 30)).hasSize(14);
        assertThat(startsOn(slots, LocalDate.parse("2026-10-27"), ULAANBAATAR))
                .startsWith(LocalTime.of(0, 0), LocalTime.of(0, 30), LocalTime.of(17, 0));
    }

    @Test
    void across_the_spring_change_in_london_slots_stay_at_nine_london_time() {
        List<Slot> slots = Slots.free(londonWeekdays(), List.of(), london("2026-03-25T12:00"));
        // Friday 27 March: GMT; Monday 30 March: BST.
        assertThat(startsOn(slots, LocalDate.parse("2026-03-27"), ZoneId.of("UTC"))).first().isEqualTo(LocalTime.of(9, 0));
        assertThat(startsOn(slots, LocalDate.parse("2026-03-30"), ZoneId.of("UTC"))).first().isEqualTo(LocalTime.of(8, 0));
        assertThat(startsOn(slots, LocalDate.parse("2026-03-30"), LONDON)).hasSize(16).first().isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void a_change_in_the_clients_zone_moves_their_local_time_while_london_stays_put() {
        // Ulaanbaatar observed summer time in 2016 (UTC+9 until 24 September); London was on BST.
        SlotRules rules = londonWeekdays();
        List<Slot> slots = Slots.free(rules, List.of(), london("2016-09-20T12:00"));
        // Friday 23rd in Ulaanbaatar begins with Thursday's last London slots (00:00, 00:30), then 17:00.
        assertThat(startsOn(slots, LocalDate.parse("2016-09-23"), ULAANBAATAR))
                .startsWith(LocalTime.of(0, 0), LocalTime.of(0, 30), LocalTime.of(17, 0)).doesNotContain(LocalTime.of(16, 0));
        assertThat(startsOn(slots, LocalDate.parse("2016-09-26"), ULAANBAATAR)).first().isEqualTo(LocalTime.of(16, 0));
        // In 2021 Mexico City and London both left summer time on 31 October: 03:00 in Mexico City both weeks.
        List<Slot> autumn2021 = Slots.free(rules, List.of(), london("2021-10-26T12:00"));
        assertThat(startsOn(autumn2021, LocalDate.parse("2021-10-29"), MEXICO_CITY)).first().isEqualTo(LocalTime.of(3, 0));
        assertThat(startsOn(autumn2021, LocalDate.parse("2021-11-01"), MEXICO_CITY)).first().isEqualTo(LocalTime.of(3, 0));
        assertThat(startsOn(autumn2021, LocalDate.parse("2021-10-29"), ZoneId.of("UTC"))).first().isEqualTo(LocalTime.of(8, 0));
        assertThat(startsOn(autumn2021, LocalDate.parse("2021-11-01"), ZoneId.of("UTC"))).first().isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void hours_through_the_night_of_a_change_count_real_time_not_clock_time() {
        LocalDate springNight = LocalDate.parse("2026-03-29");
        LocalDate autumnNight = LocalDate.parse("2026-10-25");
        SlotRules rules = new SlotRules(LONDON, List.of(), List.of(
                        AvailabilityException.extraHours(springNight, LocalTime.MIDNIGHT, LocalTime.of(4, 0)),
                        AvailabilityException.extraHours(autumnNight, LocalTime.MIDNIGHT, LocalTime.of(4, 0))),
                Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO, Duration.ofDays(250));
        List<Slot> slots = Slots.free(rules, List.of(), london("2026-03-01T00:00"));
        // 00:00 GMT to 04:00 BST is three hours; 00:00 BST to 04:00 GMT is five.
        assertThat(startsOn(slots, springNight, LONDON)).hasSize(6).doesNotContain(LocalTime.of(1, 0), LocalTime.of(1, 30));
        assertThat(slots.stream().filter(s -> s.start().atZone(LONDON).toLocalDate().equals(autumnNight))).hasSize(10);
    }

    @Test
    void a_buffer_keeps_distance_from_the_last_slot_and_from_booked_consultations() {
        SlotRules rules = londonWeekdays(Duration.ofMinutes(15), Duration.ofHours(2), Duration.ofDays(30), List.of());
        // Booked at 10:20, before the buffer was set: slots keep 15 minutes away from it on both sides.
        Instant tenTwenty = london("2026-06-08T10:20");
        List<Slots.Busy> busy = List.of(new Slots.Busy(tenTwenty, tenTwenty.plus(Duration.ofMinutes(30))));
        List<LocalTime> monday = startsOn(Slots.free(rules, busy, london("2026-06-07T12:00")),
                LocalDate.parse("2026-06-08"), LONDON);
        // Every 45 minutes: 09:00, 09:45 (ends 10:15, too close), 10:30 (starts 10 minutes after), 11:15 ...
        assertThat(monday).startsWith(LocalTime.of(9, 0), LocalTime.of(11, 15), LocalTime.of(12, 0))
                .doesNotContain(LocalTime.of(9, 45), LocalTime.of(10, 30));
        assertThat(startsOn(Slots.free(rules, List.of(), london("2026-06-07T12:00")), LocalDate.parse("2026-06-08"), LONDON))
                .as("without the booking").startsWith(LocalTime.of(9, 0), LocalTime.of(9, 45), LocalTime.of(10, 30))
                .hasSize(11).endsWith(LocalTime.of(16, 30));
    }

    @Test
    void a_busy_time_of_another_length_blocks_every_slot_it_touches() {
        Instant from = london("2026-06-08T09:10");
        List<Slots.Busy> busy = List.of(new Slots.Busy(from, from.plus(Duration.ofMinutes(60))));
        List<LocalTime> monday = startsOn(Slots.free(londonWeekdays(), busy, london("2026-06-07T12:00")),
                LocalDate.parse("2026-06-08"), LONDON);
        assertThat(monday).startsWith(LocalTime.of(10, 30)).doesNotContain(LocalTime.of(9, 0), LocalTime.of(10, 0));
    }

    @Test
    void nothing_starts_within_the_minimum_notice_or_beyond_the_horizon() {
        SlotRules rules = londonWeekdays(Duration.ZERO, Duration.ofHours(2), Duration.ofDays(7), List.of());
        Instant now = london("2026-06-08T10:05");
        List<Slot> slots = Slots.free(rules, List.of(), now);
        assertThat(slots).allSatisfy(slot -> assertThat(slot.start()).isAfterOrEqualTo(now.plus(Duration.ofHours(2)))
                .isBeforeOrEqualTo(now.plus(Duration.ofDays(7))));
        assertThat(startsOn(slots, LocalDate.parse("2026-06-08"), LONDON)).first().isEqualTo(LocalTime.of(12, 30));
        assertThat(startsOn(slots, LocalDate.parse("2026-06-15"), LONDON)).containsExactly(
                LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0));
        assertThat(startsOn(slots, LocalDate.parse("2026-06-16"), LONDON)).isEmpty();
    }

    @Test
    void a_day_off_removes_the_day_and_extra_hours_add_to_a_weekend() {
        SlotRules rules = londonWeekdays(Duration.ZERO, Duration.ZERO, Duration.ofDays(30), List.of(
                AvailabilityException.dayOff(LocalDate.parse("2026-06-09")),
                AvailabilityException.extraHours(LocalDate.parse("2026-06-13"), LocalTime.of(10, 0), LocalTime.of(11, 0))));
        List<Slot> slots = Slots.free(rules, List.of(), london("2026-06-07T12:00"));
        assertThat(startsOn(slots, LocalDate.parse("2026-06-09"), LONDON)).isEmpty();
        assertThat(startsOn(slots, LocalDate.parse("2026-06-13"), LONDON)).containsExactly(LocalTime.of(10, 0), LocalTime.of(10, 30));
        assertThat(startsOn(slots, LocalDate.parse("2026-06-10"), LONDON)).hasSize(16);
    }

    @Test
    void slots_grouped_by_the_clients_own_dates() {
        List<Slot> slots = Slots.free(londonWeekdays(), List.of(), london("2026-10-25T12:00"));
        Map<LocalDate, List<Slot>> days = Slots.byDay(slots, ULAANBAATAR);
        // Monday 26 October in London (GMT) runs 17:00 Monday to 00:30 Tuesday in Ulaanbaatar.
        assertThat(days.get(LocalDate.parse("2026-10-26"))).hasSize(14);
        assertThat(days.keySet()).first().isEqualTo(LocalDate.parse("2026-10-26"));
        assertThat(days.get(LocalDate.parse("2026-10-27")).getFirst().start())
                .isEqualTo(london("2026-10-26T16:00"));
    }
}
