package org.expertportal.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.expertportal.identity.Role;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The domain's {@link AccountRoster} in JPQL. */
@Repository
@Transactional(readOnly = true)
class JpaAccountRoster implements AccountRoster {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Long> enabledIds(Role role) {
        return em.createQuery("select a.id from Account a where a.role = :role and a.enabled = true order by a.id",
                        Long.class)
                .setParameter("role", role)
                .getResultList();
    }
}
