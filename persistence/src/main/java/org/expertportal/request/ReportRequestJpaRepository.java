package org.expertportal.request;

import org.springframework.data.repository.Repository;

/** The domain's {@link ReportRequestRepository}, implemented by Spring Data. */
interface ReportRequestJpaRepository extends Repository<ReportRequest, Long>, ReportRequestRepository {}
