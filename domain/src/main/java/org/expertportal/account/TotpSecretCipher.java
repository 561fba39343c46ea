package org.expertportal.account;

/**
 * Port: seals TOTP secrets for storage with a key that is not in the database (AES-GCM in the web
 * module, key from {@code PORTAL_TOTP_KEY}). The account id is bound to the sealed value, so a
 * sealed secret copied onto another account's row does not open.
 */
public interface TotpSecretCipher {

    String seal(byte[] secret, long accountId);

    /**
     * @throws IllegalStateException when the value was sealed with another key, for another
     *     account, or altered
     */
    byte[] open(String sealed, long accountId);
}
