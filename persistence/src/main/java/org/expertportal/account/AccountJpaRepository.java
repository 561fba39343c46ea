package org.expertportal.account;

import org.springframework.data.repository.Repository;

/** The domain's {@link AccountRepository}, with queries derived by Spring Data from its method names. */
interface AccountJpaRepository extends Repository<Account, Long>, AccountRepository {}
