package org.expertportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.expertportal.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;

/** The sign-in the browser uses, behind the throttle, with the counts in MariaDB. */
@SpringBootTest
@ActiveProfiles("test")
class SignInThrottleIT {

    private static final String PASSWORD = "the right passphrase";

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    Clock clock;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    private AuthenticationManager signIn;
    private String email;

    @BeforeEach
    void freshAccount() throws Exception {
        signIn = authentication.getAuthenticationManager();
        email = "throttle-" + System.nanoTime() + "@firm.test";
        Account account = new Account(email, "Throttled Client", Role.CLIENT, clock.instant());
        account.setPassword(passwordEncoder.encode(PASSWORD), false);
        accounts.save(account);
    }

    @Test
    void after_five_failures_even_the_right_password_must_wait() {
        for (int i = 0; i < 5; i++) {
            String guess = "wrong " + i;
            assertThatThrownBy(() -> attempt(email, guess)).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(email, PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from sign_in_failure where subject_kind = 'ACCOUNT' and subject_hash = ?",
                        Long.class, SignInThrottle.key(email)))
                .as("counted in the database, so restarts and other instances see it").isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where subject_hash like ?", Long.class,
                "%throttle%")).as("only hashes are stored").isZero();
    }

    @Test
    void an_address_without_an_account_is_throttled_the_same_way() {
        String nobody = "nobody-" + System.nanoTime() + "@firm.test";
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt(nobody, "guess")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(nobody, "guess")).isInstanceOf(LockedException.class);
    }

    @Test
    void a_successful_sign_in_clears_earlier_failures() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt(email, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempt(email, PASSWORD).isAuthenticated()).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt(email, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempt(email, PASSWORD).isAuthenticated()).isTrue();
    }

    private Authentication attempt(String address, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(address, password);
        token.setDetails(new WebAuthenticationDetails("203.0.113." + (System.nanoTime() % 200), null));
        return signIn.authenticate(token);
    }
}
