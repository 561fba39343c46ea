package org.expertportal.notification;

import java.util.Optional;
import org.expertportal.account.Account;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;

/** Who the use cases think is signed in, set by each test. */
public class TestCurrentUser implements CurrentUser {

    private volatile Account account;

    public void signIn(Account account) {
        this.account = account;
    }

    public void signOut() {
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
