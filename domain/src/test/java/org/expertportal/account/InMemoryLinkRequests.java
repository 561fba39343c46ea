package org.expertportal.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reset-link requests in memory. */
class InMemoryLinkRequests implements LinkRequestRepository {

    private record Row(SignInFailure.Subject subject, String hash, Instant at) {}

    private final List<Row> rows = new ArrayList<>();

    @Override
    public long countBySubjectAndSubjectHashAndRequestedAtAfter(SignInFailure.Subject subject, String subjectHash,
            Instant after) {
        return rows.stream().filter(r -> r.subject == subject && r.hash.equals(subjectHash) && r.at.isAfter(after))
                .count();
    }

    @Override
    public LinkRequest save(LinkRequest request) {
        try {
            var subject = LinkRequest.class.getDeclaredField("subject");
            var hash = LinkRequest.class.getDeclaredField("subjectHash");
            subject.setAccessible(true);
            hash.setAccessible(true);
            rows.add(new Row((SignInFailure.Subject) subject.get(request), (String) hash.get(request),
                    request.getRequestedAt()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return request;
    }

    @Override
    public long deleteByRequestedAtBefore(Instant before) {
        int size = rows.size();
        rows.removeIf(r -> r.at.isBefore(before));
        return size - rows.size();
    }
}
