package org.expertportal.request.workbench;

import java.time.ZoneId;
import org.expertportal.request.clock.OfficeCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The office's time zone for the workbench: the same zone as the first-response clock. */
@Configuration
class WorkbenchConfiguration {

    @Bean
    OfficeCalendar officeCalendar(@Value("${portal.response.zone:Europe/London}") String zone) {
        return new OfficeCalendar(ZoneId.of(zone));
    }
}
