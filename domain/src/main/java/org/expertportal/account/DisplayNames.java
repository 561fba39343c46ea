package org.expertportal.account;

import org.expertportal.shared.DomainException;

/** How a person's display name is accepted: something, at most 120 characters, as typed. */
final class DisplayNames {

    static final int MAX_LENGTH = 120;

    private DisplayNames() {}

    static String checked(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_LENGTH) {
            throw new DomainException("account.name.invalid", MAX_LENGTH);
        }
        return name.strip();
    }
}
