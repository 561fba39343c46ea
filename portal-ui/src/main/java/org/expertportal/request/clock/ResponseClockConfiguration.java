package org.expertportal.request.clock;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The first-response promise from configuration ({@code portal.response.*}): 60 minutes around the
 * clock by default; business hours per weekday, in a zone, minus holidays when configured.
 */
@Configuration
@EnableScheduling
class ResponseClockConfiguration {

    @Bean
    ResponsePolicy responsePolicy(
            @Value("${portal.response.target-minutes:60}") int targetMinutes,
            @Value("${portal.response.warn-after-minutes:45}") int warnAfterMinutes,
            @Value("${portal.response.escalate-after-minutes:60}") int escalateAfterMinutes,
            @Value("${portal.response.hours:}") String hours,
            @Value("${portal.response.zone:Europe/London}") String zone,
            @Value("${portal.response.holidays:}") String holidays) {
        Set<LocalDate> days = Arrays.stream(holidays.split(","))
                .map(String::strip)
                .filter(day -> !day.isEmpty())
                .map(LocalDate::parse)
                .collect(Collectors.toSet());
        return new ResponsePolicy(targetMinutes, warnAfterMinutes, escalateAfterMinutes,
                ServiceHours.parse(hours, ZoneId.of(zone), days));
    }
}
