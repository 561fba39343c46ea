package org.expertportal.request;

/** Port: accepted submissions, for the intake's rate limit. */
public interface IntakeAttemptRepository {

    IntakeAttempt save(IntakeAttempt attempt);
}
