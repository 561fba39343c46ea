package org.expertportal.account;

import java.time.Instant;
import java.util.List;

/** Port: failed sign-ins, kept in the database so that counts survive restarts and instances. */
public interface SignInFailureRepository {

    List<SignInFailure> findBySubjectAndSubjectHashAndFailedAtAfterOrderByFailedAtAsc(
            SignInFailure.Subject subject, String subjectHash, Instant after);

    SignInFailure save(SignInFailure failure);

    long deleteBySubjectAndSubjectHash(SignInFailure.Subject subject, String subjectHash);

    long deleteByFailedAtBefore(Instant before);
}
