package org.expertportal.consultation;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Consultation rules from configuration ({@code portal.consultation.*}). */
@Configuration
class ConsultationConfiguration {

    @Bean
    ConsultationPolicy consultationPolicy(@Value("${portal.consultation.change-notice:PT12H}") Duration changeNotice) {
        return new ConsultationPolicy(changeNotice);
    }
}
