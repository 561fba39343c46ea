package org.expertportal.demo;

import java.time.Clock;
import org.expertportal.request.LoadTestClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The {@code load-test} profile: the load driver's people (README "Load test"), made at start.
 * There is no HTTP endpoint for it: only a start with the profile named creates accounts with a
 * known password, which is why no production start may name it.
 */
@Component
@Profile("load-test")
class LoadTestClientsRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LoadTestClientsRunner.class);

    private final LoadTestClients clients;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final int count;
    private final String password;

    LoadTestClientsRunner(LoadTestClients clients, PasswordEncoder passwords, Clock clock,
            @Value("${portal.load-test.clients:1000}") int count,
            @Value("${portal.load-test.password:load-test-pass}") String password) {
        this.clients = clients;
        this.passwords = passwords;
        this.clock = clock;
        this.count = count;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        clients.ensure(count, passwords.encode(password), clock.instant());
        log.info("Load test: {} client accounts ready ({} ms)", count, (System.nanoTime() - started) / 1_000_000);
    }
}
