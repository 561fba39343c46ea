package org.expertportal.request;

import org.springframework.data.repository.Repository;

/** The domain's {@link ClockAlertRepository}, implemented by Spring Data. */
interface ClockAlertJpaRepository extends Repository<ClockAlert, Long>, ClockAlertRepository {}
