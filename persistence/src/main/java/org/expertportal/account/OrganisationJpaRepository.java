package org.expertportal.account;

import org.springframework.data.repository.Repository;

/** The domain's {@link OrganisationRepository}, implemented by Spring Data. */
interface OrganisationJpaRepository extends Repository<Organisation, Long>, OrganisationRepository {}
