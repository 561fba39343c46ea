package org.expertportal.account;

import java.util.List;
import org.expertportal.identity.Role;

/** Port: who holds a role, for alerts to "every staff member" or "every admin". */
public interface AccountRoster {

    /** Ids of the enabled accounts with {@code role}, oldest first. */
    List<Long> enabledIds(Role role);
}
