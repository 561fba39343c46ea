package org.expertportal.security;

import org.expertportal.account.AccountRepository;
import org.expertportal.account.EmailAddresses;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks an account up by email for sign-in. An unknown address and an account that has not set a
 * password yet both end in the same generic "incorrect email or password".
 */
@Component
class PortalUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    PortalUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        if (email == null || email.isBlank()) {
            throw new UsernameNotFoundException("unknown");
        }
        return accounts.findByEmail(EmailAddresses.normalise(email))
                .filter(account -> account.getPasswordHash().isPresent())
                .map(PortalUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
