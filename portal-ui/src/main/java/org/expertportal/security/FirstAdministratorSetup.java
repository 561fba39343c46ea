package org.expertportal.security;

import org.expertportal.account.AccountService;
import org.expertportal.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start, creates the first administrator from {@code PORTAL_ADMIN_EMAIL} and
 * {@code PORTAL_ADMIN_PASSWORD} when no administrator exists yet. The password is for one
 * sign-in only: the portal asks for a new one straight away.
 */
@Component
class FirstAdministratorSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministratorSetup.class);

    private final AccountService accountService;
    private final String email;
    private final String name;
    private final String password;

    FirstAdministratorSetup(
            AccountService accountService,
            @Value("${portal.first-admin.email:}") String email,
            @Value("${portal.first-admin.name:Administrator}") String name,
            @Value("${portal.first-admin.password:}") String password) {
        this.accountService = accountService;
        this.email = email;
        this.name = name;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isBlank()) {
            if (!accountService.administratorExists()) {
                log.warn("No administrator exists. Set PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD "
                        + "and restart to create the first one.");
            }
            return;
        }
        try {
            if (accountService.createFirstAdministrator(email, name, password)) {
                log.info("First administrator created; the password must be changed at first sign-in.");
            }
        } catch (DomainException e) {
            // Never log the address or the password, only why it was refused.
            log.error("The first administrator was not created: {}", e.messageKey());
        }
    }
}
