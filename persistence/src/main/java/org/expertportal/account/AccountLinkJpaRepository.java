package org.expertportal.account;

import org.springframework.data.repository.Repository;

/** The domain's {@link AccountLinkRepository}, implemented by Spring Data. */
interface AccountLinkJpaRepository extends Repository<AccountLink, Long>, AccountLinkRepository {}
