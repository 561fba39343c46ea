package org.expertportal.request;

import org.springframework.data.repository.Repository;

/** The domain's {@link RequestEventRepository}, implemented by Spring Data. */
interface RequestEventJpaRepository extends Repository<RequestEvent, Long>, RequestEventRepository {}
