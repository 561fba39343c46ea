package org.expertportal.account;

import java.time.Instant;

/** Port: requests for reset links, kept in the database so that limits hold across restarts and instances. */
public interface LinkRequestRepository {

    long countBySubjectAndSubjectHashAndRequestedAtAfter(SignInFailure.Subject subject, String subjectHash,
            Instant after);

    LinkRequest save(LinkRequest request);

    long deleteByRequestedAtBefore(Instant before);
}
