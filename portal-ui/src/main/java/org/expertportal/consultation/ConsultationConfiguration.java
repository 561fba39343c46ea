package org.expertportal.consultation;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consultation rules from configuration ({@code portal.consultation.*}). A change notice longer
 * than the booking notice stops the application at start, with the reason, unless
 * {@code fixed-once-booked} is set (docs/adr/040).
 */
@Configuration
class ConsultationConfiguration {

    @Bean
    ConsultationPolicy consultationPolicy(@Value("${portal.consultation.change-notice:PT2H}") Duration changeNotice,
            @Value("${portal.consultation.booking-notice:PT2H}") Duration bookingNotice,
            @Value("${portal.consultation.fixed-once-booked:false}") boolean fixedOnceBooked) {
        return new ConsultationPolicy(changeNotice, bookingNotice, fixedOnceBooked);
    }
}
