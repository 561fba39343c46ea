package org.expertportal.request;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The domain's {@link RequestMessageRepository}, implemented by Spring Data. */
interface RequestMessageJpaRepository extends Repository<RequestMessage, Long>, RequestMessageRepository {

    @Override
    @Modifying(flushAutomatically = true)
    @Query("update RequestMessage m set m.body = :body, m.authorLabel = :author"
            + " where m.requestId = :requestId and m.fromStaff = false")
    int anonymiseClientMessages(@Param("requestId") long requestId, @Param("body") String neutralBody,
            @Param("author") String neutralAuthor);

    @Override
    @Modifying(flushAutomatically = true)
    @Query("update RequestMessage m set m.authorLabel = :author where m.authorAccountId = :account")
    int relabelAuthor(@Param("account") long authorAccountId, @Param("author") String neutralAuthor);
}
