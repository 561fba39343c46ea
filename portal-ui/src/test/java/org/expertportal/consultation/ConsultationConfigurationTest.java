package org.expertportal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The application refuses to start with a change notice longer than the booking notice (docs/adr/040). */
class ConsultationConfigurationTest {

    /** With Boot's conversions, as the application has them: "PT12H" becomes a Duration. */
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withInitializer(started -> started.getBeanFactory()
                    .setConversionService(ApplicationConversionService.getSharedInstance()))
            .withUserConfiguration(ConsultationConfiguration.class);

    @Test
    void without_settings_both_notices_are_two_hours() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(ConsultationPolicy.class)).isEqualTo(ConsultationPolicy.defaults());
        });
    }

    @Test
    void a_change_notice_longer_than_the_booking_notice_stops_the_start_and_names_the_settings() {
        context.withPropertyValues("portal.consultation.change-notice=PT12H").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .hasMessageContaining("portal.consultation.change-notice = PT12H")
                    .hasMessageContaining("portal.consultation.fixed-once-booked=true");
        });
    }

    @Test
    void it_starts_when_the_booking_notice_is_as_long_or_fixed_bookings_are_allowed() {
        context.withPropertyValues("portal.consultation.change-notice=PT12H", "portal.consultation.booking-notice=PT12H")
                .run(started -> assertThat(started.getBean(ConsultationPolicy.class).bookingNotice())
                        .isEqualTo(Duration.ofHours(12)));
        context.withPropertyValues("portal.consultation.change-notice=PT12H", "portal.consultation.fixed-once-booked=true")
                .run(started -> assertThat(started.getBean(ConsultationPolicy.class).fixedOnceBooked()).isTrue());
    }
}
