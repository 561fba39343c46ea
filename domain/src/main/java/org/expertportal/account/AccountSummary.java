package org.expertportal.account;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.expertportal.identity.Role;

/** What the portal shows about the signed-in person: no password hash leaves the domain. */
public record AccountSummary(
        long id,
        String displayName,
        Role role,
        Optional<Locale> preferredLanguage,
        boolean mustChangePassword,
        Optional<ZoneId> timeZone,
        Optional<String> region) {

    static AccountSummary of(Account account) {
        return new AccountSummary(
                account.getId(),
                account.getDisplayName(),
                account.getRole(),
                account.getPreferredLanguage(),
                account.isMustChangePassword(),
                account.getTimeZone(),
                account.getRegion());
    }
}
