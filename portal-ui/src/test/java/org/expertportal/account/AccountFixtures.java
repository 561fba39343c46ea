package org.expertportal.account;

import java.time.Clock;
import org.expertportal.identity.Role;

/** Accounts and throttle keys for tests outside the account package. */
public final class AccountFixtures {

    private AccountFixtures() {}

    public static Account withPasswordHash(String email, String displayName, Role role, String passwordHash,
            Clock clock) {
        Account account = new Account(email, displayName, role, clock.instant());
        account.setPassword(passwordHash, false);
        return account;
    }

    /** How the throttle stores an address: its SHA-256, never the address. */
    public static String throttleKey(String email) {
        return SignInThrottle.key(email);
    }
}
