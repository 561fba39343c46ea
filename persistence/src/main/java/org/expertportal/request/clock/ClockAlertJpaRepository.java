package org.expertportal.request.clock;

import org.springframework.data.repository.Repository;

/** The domain's {@link ClockAlertRepository}, implemented by Spring Data. */
interface ClockAlertJpaRepository extends Repository<ClockAlert, Long>, ClockAlertRepository {}
