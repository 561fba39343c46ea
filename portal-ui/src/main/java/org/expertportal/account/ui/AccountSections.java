package org.expertportal.account.ui;

import org.expertportal.account.AccountSummary;
import org.expertportal.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The account sections this package provides; other features add their own {@link AccountSection} beans. */
@Configuration
class AccountSections {

    @Bean
    AccountSection passwordSection() {
        return AccountSection.of("account.section.password", "account.section.password.text", "account/password", 10);
    }

    @Bean
    AccountSection twoFactorSection() {
        return AccountSection.of("account.section.two-factor", "account.section.two-factor.text", "account/two-factor",
                15);
    }

    @Bean
    AccountSection alertsSection() {
        return AccountSection.of("account.section.notifications", "account.section.notifications.text",
                "account/notifications", 20);
    }

    @Bean
    AccountSection organisationSection() {
        return new AccountSection() {
            @Override
            public String titleKey() {
                return "account.section.organisation";
            }

            @Override
            public String descriptionKey() {
                return "account.section.organisation.text";
            }

            @Override
            public String route() {
                return "account/organisation";
            }

            @Override
            public boolean shownTo(AccountSummary account) {
                return account.role() == Role.CLIENT;
            }

            @Override
            public int order() {
                return 30;
            }
        };
    }
}
