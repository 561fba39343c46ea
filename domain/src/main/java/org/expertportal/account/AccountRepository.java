package org.expertportal.account;

import java.util.List;
import java.util.Optional;
import org.expertportal.identity.Role;

/** Port: where accounts are kept. Implemented by the persistence module. */
public interface AccountRepository {

    Optional<Account> findByEmail(String email);

    Optional<Account> findById(Long id);

    boolean existsByRole(Role role);

    long countByRole(Role role);

    Account save(Account account);

    List<Account> findByOrganisationIdOrderByDisplayNameAsc(Long organisationId);

    long countByOrganisationId(Long organisationId);
}
