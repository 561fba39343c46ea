package org.expertportal.request;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The domain's {@link RequestEventRepository}, implemented by Spring Data. */
interface RequestEventJpaRepository extends Repository<RequestEvent, Long>, RequestEventRepository {

    @Override
    @Modifying(flushAutomatically = true)
    @Query("update RequestEvent e set e.actorLabel = :actor, e.publicNote = null"
            + " where e.requestId = :requestId and e.actorRole = org.expertportal.identity.Role.CLIENT")
    int anonymiseClientEntries(@Param("requestId") long requestId, @Param("actor") String neutralActor);

    @Override
    @Modifying(flushAutomatically = true)
    @Query("update RequestEvent e set e.actorLabel = :actor where e.actorAccountId = :account")
    int relabelActor(@Param("account") long actorAccountId, @Param("actor") String neutralActor);
}
