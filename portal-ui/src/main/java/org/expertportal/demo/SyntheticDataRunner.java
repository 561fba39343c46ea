package org.expertportal.demo;

import java.time.Clock;
import org.expertportal.request.SyntheticRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code synthetic} profile: fills the database with synthetic requests (100,000 by default,
 * {@code portal.synthetic.requests}) at start, for development and benchmarks. Only with the
 * profile named explicitly; a database that already has them is left as it is.
 */
@Component
@Profile("synthetic")
class SyntheticDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataRunner.class);

    private final SyntheticRequests synthetic;
    private final Clock clock;
    private final int requests;

    SyntheticDataRunner(SyntheticRequests synthetic, Clock clock,
            @Value("${portal.synthetic.requests:100000}") int requests) {
        this.synthetic = synthetic;
        this.clock = clock;
        this.requests = requests;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        synthetic.generate(requests, clock.instant());
        log.info("Synthetic data: {} requests ({} ms)", synthetic.count(), (System.nanoTime() - started) / 1_000_000);
    }
}
