package org.expertportal.request.intake;

import org.springframework.data.repository.Repository;

/** The domain's {@link IntakePassRepository}, implemented by Spring Data. */
interface IntakePassJpaRepository extends Repository<IntakePass, Long>, IntakePassRepository {}
