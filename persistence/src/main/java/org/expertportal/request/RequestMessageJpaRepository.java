package org.expertportal.request;

import org.springframework.data.repository.Repository;

/** The domain's {@link RequestMessageRepository}, implemented by Spring Data. */
interface RequestMessageJpaRepository extends Repository<RequestMessage, Long>, RequestMessageRepository {}
