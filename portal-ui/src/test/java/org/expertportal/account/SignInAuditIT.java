package org.expertportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.expertportal.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Sign-ins in the audit trail: who, from where, and never the address typed in plain. */
@SpringBootTest
@ActiveProfiles("test")
class SignInAuditIT {

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

    @Test
    void sign_ins_are_recorded_with_the_address_hashed_and_the_client_address() throws Exception {
        String email = "audited-" + System.nanoTime() + "@firm.test";
        Account account = new Account(email, "Audited Client", Role.CLIENT, clock.instant());
        account.setPassword(passwordEncoder.encode("the right passphrase"), false);
        long accountId = accounts.save(account).getId();
        AuthenticationManager signIn = authentication.getAuthenticationManager();
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            assertThatThrownBy(() -> signIn.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, "a wrong guess")));
            signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "the right passphrase"));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        List<Map<String, Object>> failed = jdbc.queryForList(
                "select * from audit_event where action = 'SIGN_IN_FAILED' and target_id = ?",
                SignInThrottle.addressKey(email));
        assertThat(failed).singleElement().satisfies(row -> {
            assertThat(row.get("actor_label")).isEqualTo("anonymous");
            assertThat(row.get("actor_account_id")).isNull();
            assertThat(row.get("ip")).isEqualTo("203.0.113.7");
        });
        List<Map<String, Object>> succeeded = jdbc.queryForList(
                "select * from audit_event where action = 'SIGN_IN_SUCCEEDED' and actor_account_id = ?", accountId);
        assertThat(succeeded).singleElement().satisfies(row -> {
            assertThat(row.get("actor_label")).isEqualTo("CLIENT");
            assertThat(row.get("target_id")).isEqualTo(String.valueOf(accountId));
            assertThat(row.get("ip")).isEqualTo("203.0.113.7");
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where target_id like ? or detail like ?",
                Long.class, "%audited-%", "%audited-%")).as("no email address in the trail").isZero();
    }

}
