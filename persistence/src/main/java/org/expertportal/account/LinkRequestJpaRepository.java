package org.expertportal.account;

import org.springframework.data.repository.Repository;

interface LinkRequestJpaRepository extends Repository<LinkRequest, Long>, LinkRequestRepository {}
