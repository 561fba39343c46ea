package org.expertportal.security;

import java.util.List;
import org.expertportal.account.Account;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: Spring's user plus the account id the use cases need. */
public class PortalUser extends User {

    private final long accountId;

    PortalUser(Account account) {
        super(
                account.getEmail(),
                account.getPasswordHash().orElseThrow(),
                account.isEnabled(),
                true,
                true,
                true,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.getRole().name())));
        this.accountId = account.getId();
    }

    public long accountId() {
        return accountId;
    }
}
