package org.expertportal.account;

import java.util.Optional;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;

/** Who the use cases think is signed in. */
final class TestSignedIn implements CurrentUser {

    private Account account;

    void as(Account account) {
        this.account = account;
    }

    void signOut() {
        this.account = null;
    }

    @Override
    public Optional<Long> accountId() {
        return Optional.ofNullable(account).map(Account::getId);
    }

    @Override
    public boolean hasRole(Role role) {
        return account != null && account.getRole() == role;
    }
}
