package org.expertportal.account;

import java.util.List;

/** Port: accounts found by a part of their name or email, a page at a time. */
public interface AccountSearch {

    /**
     * Accounts whose email or display name contains the text (case-insensitive), by name.
     *
     * @param text null or blank for every account
     */
    List<Account> search(String text, int offset, int limit);

    long countMatching(String text);
}
