package org.expertportal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.expertportal.identity.Role;

/** The account port in memory, with ids as the database would give them. */
class InMemoryAccounts implements AccountRepository {

    final List<Account> all = new ArrayList<>();

    @Override
    public Optional<Account> findByEmail(String email) {
        return all.stream().filter(a -> a.getEmail().equals(email)).findFirst();
    }

    @Override
    public Optional<Account> findById(Long id) {
        return all.stream().filter(a -> a.getId().equals(id)).findFirst();
    }

    @Override
    public boolean existsByRole(Role role) {
        return all.stream().anyMatch(a -> a.getRole() == role);
    }

    @Override
    public long countByRole(Role role) {
        return all.stream().filter(a -> a.getRole() == role).count();
    }

    @Override
    public List<Account> findByOrganisationIdOrderByDisplayNameAsc(Long organisationId) {
        return all.stream().filter(a -> a.getOrganisationId().equals(java.util.Optional.ofNullable(organisationId)))
                .sorted(java.util.Comparator.comparing(Account::getDisplayName)).toList();
    }

    @Override
    public long countByOrganisationId(Long organisationId) {
        return findByOrganisationIdOrderByDisplayNameAsc(organisationId).size();
    }

    @Override
    public Account save(Account account) {
        if (!all.contains(account)) {
            TestIds.assign(account, all.size() + 1L);
            all.add(account);
        }
        return account;
    }
}
