package org.expertportal.identity;

import java.util.Optional;
import org.expertportal.shared.NotPermittedException;

/**
 * Port: who is asking. Use cases check it themselves, because a view annotation only gates
 * navigation and a service can be reached from more than one view.
 */
public interface CurrentUser {

    /** The signed-in account's id, or empty for an anonymous visitor. */
    Optional<Long> accountId();

    boolean hasRole(Role role);

    default long requireAccountId() {
        return accountId().orElseThrow(NotPermittedException::new);
    }
}
