package org.expertportal.privacy;

import org.springframework.data.repository.Repository;

/** The domain's {@link ErasureRequestRepository}, implemented by Spring Data. */
interface ErasureRequestJpaRepository extends Repository<ErasureRequest, Long>, ErasureRequestRepository {}
