package org.expertportal.account;

import org.springframework.data.repository.Repository;

/**
 * The domain's {@link AccountRepository}, with queries derived by Spring Data from its method names,
 * and its {@link AccountSearch} from the fragment {@link AccountSearchImpl}.
 */
interface AccountJpaRepository extends Repository<Account, Long>, AccountRepository, AccountSearch {}
