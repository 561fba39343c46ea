package org.expertportal.request.intake;

/** Port: accepted submissions, for the intake's rate limit. */
interface IntakeAttemptRepository {

    IntakeAttempt save(IntakeAttempt attempt);
}
