package org.expertportal.request;

import org.expertportal.account.Account;
import org.expertportal.identity.Role;

/** How people appear in a request's timeline and thread: staff by first name only. */
public final class ActorLabels {

    private ActorLabels() {}

    public static String of(Account account) {
        if (account.getRole() == Role.CLIENT) {
            return account.getDisplayName();
        }
        String name = account.getDisplayName().strip();
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }
}
