package org.expertportal.security;

import org.expertportal.account.AccountRepository;
import org.expertportal.account.AccountService;
import org.expertportal.account.EmailAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks an account up by email for sign-in. An unknown address and an account that has not set a
 * password yet both end in the same generic "incorrect email or password". After a sign-in whose
 * password matched a hash of an older algorithm, stores the new hash Spring Security made of it.
 */
@Component
class PortalUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private static final Logger log = LoggerFactory.getLogger(PortalUserDetailsService.class);

    private final AccountRepository accounts;
    private final AccountService accountService;

    PortalUserDetailsService(AccountRepository accounts, AccountService accountService) {
        this.accounts = accounts;
        this.accountService = accountService;
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

    @Override
    public UserDetails updatePassword(UserDetails user, String newHash) {
        if (user instanceof PortalUser portalUser
                && accountService.storeRehashedPassword(portalUser.accountId(), user.getPassword(), newHash)) {
            log.info("Password hash of account {} replaced by {}", portalUser.accountId(), PasswordHashing.ARGON2ID);
        }
        return user;
    }
}
