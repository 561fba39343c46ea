package org.expertportal;

import org.expertportal.account.AccountLinkMail;
import org.expertportal.account.AccountService;
import org.expertportal.account.ClientAccountOnboarding;
import org.expertportal.account.CurrentSession;
import org.expertportal.account.PasswordHasher;
import org.expertportal.account.SessionService;
import org.expertportal.audit.AuditTrail;
import org.expertportal.audit.RequestOrigin;
import org.expertportal.consultation.ConsultationInvites;
import org.expertportal.notification.TestCurrentUser;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The notifications module with the real schema on MariaDB and the one real use case that
 * publishes an alert today (changing a password), the intake's client onboarding (an invitation
 * link) and the mail side of account links. The web module's ports are replaced by plain
 * test implementations.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EntityScan("org.expertportal")
@EnableJpaRepositories("org.expertportal")
@ComponentScan("org.expertportal.notification")
@Import({AccountService.class, AccountLinkMail.class, ClientAccountOnboarding.class, AuditTrail.class,
        SessionService.class, ConsultationInvites.class})
public class NotificationsTestApplication {

    /** The tests' own clock: the system time until a test sets it (none does yet, so none resets it). */
    @Bean
    TestClock clock() {
        return new TestClock();
    }

    @Bean
    PasswordHasher passwordHasher() {
        return new PasswordHasher() {
            @Override
            public String hash(String rawPassword) {
                return "{test}" + rawPassword;
            }

            @Override
            public boolean matches(String rawPassword, String hash) {
                return hash(rawPassword).equals(hash);
            }
        };
    }

    @Bean
    CurrentSession currentSession() {
        return java.util.Optional::empty;
    }

    @Bean
    RequestOrigin requestOrigin() {
        return java.util.Optional::empty;
    }

    @Bean
    TestCurrentUser currentUser() {
        return new TestCurrentUser();
    }
}
