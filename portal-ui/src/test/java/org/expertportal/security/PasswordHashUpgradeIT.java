package org.expertportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import org.expertportal.account.Account;
import org.expertportal.account.AccountFixtures;
import org.expertportal.account.AccountRepository;
import org.expertportal.identity.Role;
import org.expertportal.load.PortalBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP: a password stored by an older installation (PBKDF2) still signs in, and the sign-in stores it
 * anew as Argon2id (ADR 046); a wrong password changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PasswordHashUpgradeIT {

    private static final String PASSWORD = "a long enough passphrase";

    @LocalServerPort
    int port;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void a_pbkdf2_password_signs_in_and_is_stored_as_argon2id_from_then_on() {
        String pbkdf2 = "{pbkdf2@SpringSecurity_v5_8}"
                + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
        String email = "pbkdf2-" + System.nanoTime() + "@firm.test";
        Account account = accounts.save(AccountFixtures.withPasswordHash(email, "Old Hash", Role.CLIENT, pbkdf2, clock));

        assertThatThrownBy(() -> browser().signIn(email, "not the passphrase at all"))
                .isInstanceOf(PortalBrowser.PortalError.class);
        assertThat(storedHash(account.getId())).as("a wrong password changes nothing").isEqualTo(pbkdf2);

        browser().signIn(email, PASSWORD);
        String upgraded = storedHash(account.getId());
        assertThat(upgraded).startsWith("{argon2id}$argon2id$v=19$m=19456,t=2,p=1$");

        browser().signIn(email, PASSWORD);
        assertThat(storedHash(account.getId())).as("an Argon2id hash stays as it is").isEqualTo(upgraded);
    }

    private PortalBrowser browser() {
        return new PortalBrowser(PortalBrowser.sharedClient(), URI.create("http://localhost:" + port + "/"), true);
    }

    private String storedHash(long accountId) {
        return jdbc.queryForObject("select password_hash from account where id = ?", String.class, accountId);
    }
}
