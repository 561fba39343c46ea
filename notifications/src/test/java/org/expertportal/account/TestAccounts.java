package org.expertportal.account;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.expertportal.identity.Role;

/**
 * Accounts for notification tests, with addresses no other test uses (all modules' tests may
 * share one database). Lives in the account package to set what only the domain may set.
 */
public final class TestAccounts {

    /** A name that must never appear in any mail. */
    public static final String DISPLAY_NAME = "Zarina Qwertova";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestAccounts() {}

    public static Account create(AccountRepository accounts, Role role, String password, Locale language,
            Clock clock) {
        String email = "alert-" + role.name().toLowerCase() + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet()
                + "@notify.test";
        Account account = new Account(email, DISPLAY_NAME, role, clock.instant());
        account.setPassword("{test}" + password, false);
        account.setPreferredLanguage(language);
        return accounts.save(account);
    }
}
