package org.expertportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Locale;
import org.expertportal.TestClock;
import org.expertportal.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class AccountRepositoryIT {

    /** The module has no clock bean: the test keeps its own, at a fixed time. */
    private final TestClock clock = new TestClock().fixAt(Instant.parse("2026-11-27T09:00:00Z"));

    @Autowired
    AccountRepository accounts;

    @Autowired
    EntityManager entityManager;

    @Test
    void an_account_is_found_by_its_lower_case_email_with_everything_it_was_saved_with() {
        Account saved = accounts.save(new Account(" Lawyer@Firm.Test ", "Юлия Адвокат", Role.CLIENT,
                Instant.parse("2026-11-27T10:15:30.123456Z")));
        entityManager.flush();
        entityManager.clear();

        Account found = accounts.findByEmail("lawyer@firm.test").orElseThrow();
        assertThat(found.getId()).isEqualTo(saved.getId());
        assertThat(found.getDisplayName()).isEqualTo("Юлия Адвокат");
        assertThat(found.getRole()).isEqualTo(Role.CLIENT);
        assertThat(found.getCreatedAt()).isEqualTo(Instant.parse("2026-11-27T10:15:30.123456Z"));
        assertThat(found.getPasswordHash()).isEmpty();
        assertThat(found.getPreferredLanguage()).isEmpty();
        assertThat(found.isEnabled()).isTrue();
    }

    @Test
    void two_accounts_cannot_share_an_email_address() {
        accounts.save(new Account("same@firm.test", "First", Role.CLIENT, clock.instant()));
        entityManager.flush();
        // Identity ids make the insert happen at save(), so that is where the refusal comes.
        assertThatThrownBy(() -> {
                    accounts.save(new Account("SAME@firm.test", "Second", Role.CLIENT, clock.instant()));
                    entityManager.flush();
                })
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("uk_account_email");
    }

    @Test
    void roles_are_counted_and_looked_up() {
        long adminsBefore = accounts.countByRole(Role.ADMIN);
        Account admin = new Account("boss@portal.test", "Boss", Role.ADMIN, clock.instant());
        admin.setPassword("{bcrypt}x", true);
        admin.setPreferredLanguage(Locale.of("ru"));
        accounts.save(admin);
        entityManager.flush();
        entityManager.clear();

        assertThat(accounts.existsByRole(Role.ADMIN)).isTrue();
        assertThat(accounts.countByRole(Role.ADMIN)).isEqualTo(adminsBefore + 1);
        Account found = accounts.findByEmail("boss@portal.test").orElseThrow();
        assertThat(found.isMustChangePassword()).isTrue();
        assertThat(found.getPreferredLanguage()).contains(Locale.of("ru"));
    }
}
