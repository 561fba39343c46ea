package org.expertportal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Refuses a start with {@code -Dspring.aot.enabled=true} (the Docker image's start, docs/adr/054)
 * whose settings the bean definitions fixed at build time cannot serve. Those definitions were
 * made for production: no profile, a database server (no embedded one), no embedded mail server,
 * the schema migrated beside the start. A demo or load-test profile, or a blank
 * {@code SPRING_DATASOURCE_URL}, would otherwise start quietly without the beans it needs; here it
 * stops with what to change. Runs after the configuration files are read, before any bean exists.
 */
public class AheadOfTimeStartCheck implements EnvironmentPostProcessor, Ordered {

    /** The profile the image's cache is trained in: settings only, no beans of its own. */
    static final String TRAINING_PROFILE = "aot-training";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("This start uses the bean definitions made when the jar was built"
                    + " (-Dspring.aot.enabled=true, docs/adr/054), which serve production settings only: "
                    + String.join("; ", problems) + ". Start without -Dspring.aot.enabled=true for these settings.");
        }
    }

    /** What in these settings the build-time bean definitions cannot serve; empty when nothing. */
    static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        Arrays.stream(environment.getActiveProfiles())
                .filter(profile -> !profile.equals(TRAINING_PROFILE))
                .forEach(profile -> problems.add("the profile " + profile + " adds beans of its own"));
        if (environment.getProperty("spring.datasource.url", "").isBlank()) {
            problems.add("SPRING_DATASOURCE_URL is not set (the embedded database is for development)");
        }
        if (environment.getProperty("portal.mail.embedded-server", Boolean.class, false)) {
            problems.add("portal.mail.embedded-server is on (the embedded mail server is for development)");
        }
        if (!environment.getProperty("portal.schema.migrate-beside-start", Boolean.class, true)) {
            problems.add("portal.schema.migrate-beside-start is off");
        }
        return problems;
    }

    /** After the configuration files have been read and the profiles chosen. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
