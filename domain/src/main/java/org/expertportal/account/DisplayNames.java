package org.expertportal.account;

import org.expertportal.shared.DomainException;
import org.expertportal.shared.text.UserText;

/** How a person's display name is accepted: something visible, at most 120 characters, no hidden characters. */
final class DisplayNames {

    static final int MAX_LENGTH = 120;

    private DisplayNames() {}

    static String checked(String name) {
        if (UserText.isBlank(name) || name.strip().length() > MAX_LENGTH) {
            throw new DomainException("account.name.invalid", MAX_LENGTH);
        }
        return UserText.requireClean(name.strip(), UserText.Kind.LINE);
    }
}
