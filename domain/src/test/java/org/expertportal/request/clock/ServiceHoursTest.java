package org.expertportal.request.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The first-response due time, around the clock and in business hours. */
class ServiceHoursTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ServiceHours WEEKDAYS = ServiceHours.parse("MON-FRI 09:00-18:00", LONDON, Set.of());

    private static Instant london(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), LONDON).toInstant();
    }

    @Test
    void around_the_clock_the_due_time_is_sixty_minutes_later_even_at_night() {
        var policy = ResponsePolicy.oneHourAroundTheClock();
        Instant night = Instant.parse("2026-11-28T03:10:00Z");
        assertThat(policy.dueAt(night)).isEqualTo(Instant.parse("2026-11-28T04:10:00Z"));
        assertThat(policy.warnAt(night)).isEqualTo(Instant.parse("2026-11-28T03:55:00Z"));
        assertThat(policy.escalateAt(night)).isEqualTo(Instant.parse("2026-11-28T04:10:00Z"));
    }

    @Test
    void inside_business_hours_the_clock_runs_normally() {
        assertThat(WEEKDAYS.plusServiceMinutes(london("2026-11-25T10:00"), 60)).isEqualTo(london("2026-11-25T11:00"));
    }

    @Test
    void a_request_late_on_friday_is_due_on_monday_morning() {
        // Friday 17:30: 30 minutes on Friday, the other 30 on Monday from 09:00.
        assertThat(WEEKDAYS.plusServiceMinutes(london("2026-11-27T17:30"), 60)).isEqualTo(london("2026-11-30T09:30"));
        // Saturday night: nothing runs until Monday 09:00.
        assertThat(WEEKDAYS.plusServiceMinutes(london("2026-11-28T23:00"), 60)).isEqualTo(london("2026-11-30T10:00"));
    }

    @Test
    void a_holiday_is_skipped() {
        var withChristmas = ServiceHours.parse("MON-FRI 09:00-18:00", LONDON,
                Set.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28")));
        // Thursday 24 Dec 17:45: 15 minutes, then Friday 25 and Monday 28 are holidays: Tuesday 09:45.
        assertThat(withChristmas.plusServiceMinutes(london("2026-12-24T17:45"), 60))
                .isEqualTo(london("2026-12-29T09:45"));
    }

    @Test
    void across_the_daylight_saving_change_the_due_time_is_in_local_business_hours() {
        // Clocks go forward on Sunday 29 March 2026 in London: Friday 17:30 GMT, Monday 09:30 BST.
        Instant due = WEEKDAYS.plusServiceMinutes(london("2026-03-27T17:30"), 60);
        assertThat(due).isEqualTo(london("2026-03-30T09:30"));
        assertThat(due).isEqualTo(Instant.parse("2026-03-30T08:30:00Z"));
        // Around the clock, the night of the change still counts 60 real minutes.
        Instant beforeChange = Instant.parse("2026-03-29T00:30:00Z");
        assertThat(ServiceHours.always().plusServiceMinutes(beforeChange, 60))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void a_zone_of_its_own_applies_to_the_hours() {
        var ulaanbaatar = ServiceHours.parse("MON-SAT 08:00-20:00", ZoneId.of("Asia/Ulaanbaatar"), Set.of());
        // 19:30 on a Saturday in Ulaanbaatar (11:30 UTC): 30 minutes, then Monday 08:00 + 30.
        assertThat(ulaanbaatar.plusServiceMinutes(Instant.parse("2026-11-28T11:30:00Z"), 60))
                .isEqualTo(Instant.parse("2026-11-30T00:30:00Z"));
    }

    @Test
    void blank_or_24_7_means_always_and_typos_are_explained() {
        assertThat(ServiceHours.parse("", LONDON, Set.of())).isInstanceOf(ServiceHours.Always.class);
        assertThat(ServiceHours.parse("24/7", LONDON, Set.of())).isInstanceOf(ServiceHours.Always.class);
        assertThatThrownBy(() -> ServiceHours.parse("MON-FRY 09:00-18:00", LONDON, Set.of()))
                .hasMessageContaining("FRY");
        assertThatThrownBy(() -> ServiceHours.parse("MON 18:00-09:00", LONDON, Set.of()))
                .hasMessageContaining("not after");
        assertThatThrownBy(() -> new ResponsePolicy(60, 60, 60, ServiceHours.always()))
                .hasMessageContaining("before the escalation");
    }
}
