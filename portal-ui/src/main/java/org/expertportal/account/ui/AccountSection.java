package org.expertportal.account.ui;

import org.expertportal.account.AccountSummary;

/**
 * One more part of a person's own account, linked from {@code /account}: declare a bean of this
 * type next to the view (two-factor authentication, sessions, privacy...) and the account page
 * lists it, in {@link #order()}, for the people {@link #shownTo} accepts.
 */
public interface AccountSection {

    /** Translation key of the link's text. */
    String titleKey();

    /** Translation key of the sentence under the link. */
    String descriptionKey();

    /** The route, e.g. {@code account/two-factor}. */
    String route();

    default boolean shownTo(AccountSummary account) {
        return true;
    }

    default int order() {
        return 100;
    }

    static AccountSection of(String titleKey, String descriptionKey, String route, int order) {
        return new AccountSection() {
            @Override
            public String titleKey() {
                return titleKey;
            }

            @Override
            public String descriptionKey() {
                return descriptionKey;
            }

            @Override
            public String route() {
                return route;
            }

            @Override
            public int order() {
                return order;
            }
        };
    }
}
