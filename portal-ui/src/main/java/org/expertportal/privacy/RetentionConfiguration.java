package org.expertportal.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The retention period from {@code portal.retention.months} ({@code PORTAL_RETENTION_MONTHS}, 24 by default). */
@Configuration
class RetentionConfiguration {

    @Bean
    RetentionPolicy retentionPolicy(@Value("${portal.retention.months:24}") int months) {
        return new RetentionPolicy(months);
    }
}
