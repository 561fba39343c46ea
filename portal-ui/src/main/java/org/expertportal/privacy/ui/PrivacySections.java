package org.expertportal.privacy.ui;

import org.expertportal.account.AccountSummary;
import org.expertportal.account.ui.AccountSection;
import org.expertportal.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The privacy section of a client's {@code /account} page. */
@Configuration
class PrivacySections {

    @Bean
    AccountSection privacySection() {
        return new AccountSection() {
            @Override
            public String titleKey() {
                return "account.section.privacy";
            }

            @Override
            public String descriptionKey() {
                return "account.section.privacy.text";
            }

            @Override
            public String route() {
                return "account/privacy";
            }

            @Override
            public boolean shownTo(AccountSummary account) {
                return account.role() == Role.CLIENT;
            }

            @Override
            public int order() {
                return 60;
            }
        };
    }
}
