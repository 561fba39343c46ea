package org.expertportal.account;

import java.util.Optional;

/** Port: TOTP credentials, one per account at most, keyed by the account id. */
public interface TwoFactorCredentialRepository {

    Optional<TwoFactorCredential> findById(Long accountId);

    TwoFactorCredential save(TwoFactorCredential credential);

    void delete(TwoFactorCredential credential);
}
