package org.expertportal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** What a start with the build-time bean definitions refuses (docs/adr/054). */
class AheadOfTimeStartCheckTest {

    private MockEnvironment production() {
        return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mariadb://db:3306/portal");
    }

    @Test
    void production_settings_and_the_cache_training_are_served() {
        assertThat(AheadOfTimeStartCheck.problems(production())).isEmpty();
        MockEnvironment training = production();
        training.setActiveProfiles(AheadOfTimeStartCheck.TRAINING_PROFILE);
        assertThat(AheadOfTimeStartCheck.problems(training)).isEmpty();
    }

    @Test
    void a_profile_with_beans_of_its_own_is_refused_by_name() {
        MockEnvironment demo = production();
        demo.setActiveProfiles("demo", "load-test");
        assertThat(AheadOfTimeStartCheck.problems(demo)).containsExactly(
                "the profile demo adds beans of its own", "the profile load-test adds beans of its own");
    }

    @Test
    void the_development_parts_are_refused() {
        MockEnvironment development = new MockEnvironment()
                .withProperty("portal.mail.embedded-server", "true")
                .withProperty("portal.schema.migrate-beside-start", "false");
        assertThat(AheadOfTimeStartCheck.problems(development)).containsExactly(
                "SPRING_DATASOURCE_URL is not set (the embedded database is for development)",
                "portal.mail.embedded-server is on (the embedded mail server is for development)",
                "portal.schema.migrate-beside-start is off");
    }
}
