package org.expertportal.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Repository;

/**
 * The domain's {@link AccountSearch}: a case-insensitive "contains" on email and name, with LIKE's
 * wildcards in the text taken literally, paged by the database.
 */
@Repository
class JpaAccountSearch implements AccountSearch {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<Account> search(String text, int offset, int limit) {
        TypedQuery<Account> query = entityManager.createQuery(
                "select a from Account a" + where(text) + " order by lower(a.displayName), a.id", Account.class);
        bind(query, text);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countMatching(String text) {
        TypedQuery<Long> query = entityManager.createQuery("select count(a) from Account a" + where(text), Long.class);
        bind(query, text);
        return query.getSingleResult();
    }

    private static String where(String text) {
        return text == null || text.isBlank() ? ""
                : " where lower(a.email) like :pattern escape '!' or lower(a.displayName) like :pattern escape '!'";
    }

    private static void bind(TypedQuery<?> query, String text) {
        if (text != null && !text.isBlank()) {
            String escaped = text.strip().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            query.setParameter("pattern", "%" + escaped + "%");
        }
    }
}
