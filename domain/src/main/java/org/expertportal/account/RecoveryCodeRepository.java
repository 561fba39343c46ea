package org.expertportal.account;

import java.util.List;

/** Port: recovery codes, stored as hashes. */
public interface RecoveryCodeRepository {

    List<RecoveryCode> findByAccountIdAndUsedAtIsNull(long accountId);

    long countByAccountIdAndUsedAtIsNull(long accountId);

    RecoveryCode save(RecoveryCode code);

    long deleteByAccountId(long accountId);
}
