package org.expertportal.request;

import org.springframework.data.repository.Repository;

/** The domain's {@link RequestDocumentRepository}, implemented by Spring Data. */
interface RequestDocumentJpaRepository extends Repository<RequestDocument, Long>, RequestDocumentRepository {}
