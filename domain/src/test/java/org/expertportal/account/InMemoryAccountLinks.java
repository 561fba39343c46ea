package org.expertportal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The account-link port in memory. */
class InMemoryAccountLinks implements AccountLinkRepository {

    final List<AccountLink> all = new ArrayList<>();

    @Override
    public Optional<AccountLink> findById(Long id) {
        return all.stream().filter(link -> link.getId().equals(id)).findFirst();
    }

    @Override
    public Optional<AccountLink> findByTokenHash(String tokenHash) {
        return all.stream().filter(link -> Objects.equals(tokenHashOf(link), tokenHash)).findFirst();
    }

    @Override
    public List<AccountLink> findByAccountIdAndUsedAtIsNull(long accountId) {
        return all.stream().filter(link -> link.getAccountId() == accountId && link.getUsedAt().isEmpty()).toList();
    }

    @Override
    public List<AccountLink> findByAccountId(long accountId) {
        return all.stream().filter(link -> link.getAccountId() == accountId).toList();
    }

    @Override
    public AccountLink save(AccountLink link) {
        if (!all.contains(link)) {
            TestIds.assign(link, all.size() + 1L);
            all.add(link);
        }
        return link;
    }

    static String tokenHashOf(AccountLink link) {
        try {
            var field = AccountLink.class.getDeclaredField("tokenHash");
            field.setAccessible(true);
            return (String) field.get(link);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
