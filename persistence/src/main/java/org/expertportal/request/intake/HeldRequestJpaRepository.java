package org.expertportal.request.intake;

import org.springframework.data.repository.Repository;

/** The domain's {@link HeldRequestRepository}, implemented by Spring Data. */
interface HeldRequestJpaRepository extends Repository<HeldRequest, Long>, HeldRequestRepository {}
