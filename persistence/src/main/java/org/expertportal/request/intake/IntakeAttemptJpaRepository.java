package org.expertportal.request.intake;

import org.springframework.data.repository.Repository;

/** The domain's {@link IntakeAttemptRepository}, implemented by Spring Data. */
interface IntakeAttemptJpaRepository extends Repository<IntakeAttempt, Long>, IntakeAttemptRepository {}
