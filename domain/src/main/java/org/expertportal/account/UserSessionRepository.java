package org.expertportal.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the signed-in sessions, kept in the database so that every instance sees an ended one. */
public interface UserSessionRepository {

    UserSession save(UserSession session);

    Optional<UserSession> findBySessionHash(String sessionHash);

    Optional<UserSession> findByIdAndAccountId(Long id, long accountId);

    List<UserSession> findByAccountIdAndEndedAtIsNullAndCreatedAtAfterOrderByLastSeenAtDesc(long accountId,
            Instant createdAfter);

    List<UserSession> findByAccountIdAndEndedAtIsNull(long accountId);
}
