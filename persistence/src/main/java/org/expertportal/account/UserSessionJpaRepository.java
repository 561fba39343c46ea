package org.expertportal.account;

import org.springframework.data.repository.Repository;

interface UserSessionJpaRepository extends Repository<UserSession, Long>, UserSessionRepository {}
