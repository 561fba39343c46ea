package org.expertportal.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The session port in memory, for use case tests. */
class InMemorySessions implements UserSessionRepository {

    final List<UserSession> all = new ArrayList<>();

    @Override
    public UserSession save(UserSession session) {
        if (!all.contains(session)) {
            all.add(session);
        }
        return session;
    }

    @Override
    public Optional<UserSession> findBySessionHash(String sessionHash) {
        return all.stream().filter(s -> s.getSessionHash().equals(sessionHash)).findFirst();
    }

    @Override
    public Optional<UserSession> findByIdAndAccountId(Long id, long accountId) {
        return Optional.empty();
    }

    @Override
    public List<UserSession> findByAccountIdAndEndedAtIsNullAndCreatedAtAfterOrderByLastSeenAtDesc(long accountId,
            Instant createdAfter) {
        return findByAccountIdAndEndedAtIsNull(accountId).stream()
                .filter(s -> s.getCreatedAt().isAfter(createdAfter))
                .sorted(Comparator.comparing(UserSession::getLastSeenAt).reversed())
                .toList();
    }

    @Override
    public List<UserSession> findByAccountIdAndEndedAtIsNull(long accountId) {
        return all.stream().filter(s -> s.getAccountId() == accountId && !s.isEnded()).toList();
    }
}
