package org.expertportal.account;

import java.util.List;
import java.util.Optional;

/** Port: single-use account links. Implemented by the persistence module. */
public interface AccountLinkRepository {

    Optional<AccountLink> findById(Long id);

    Optional<AccountLink> findByTokenHash(String tokenHash);

    List<AccountLink> findByAccountIdAndUsedAtIsNull(long accountId);

    AccountLink save(AccountLink link);

    List<AccountLink> findByAccountId(long accountId);
}
