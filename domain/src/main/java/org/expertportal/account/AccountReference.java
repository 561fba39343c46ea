package org.expertportal.account;

/**
 * The short reference that identifies an account on paper, e.g. {@code A-000042}: stamped on
 * sample copies so that a leaked copy leads back to an account without naming the person.
 */
public final class AccountReference {

    private AccountReference() {}

    public static String of(long accountId) {
        return "A-%06d".formatted(accountId);
    }
}
