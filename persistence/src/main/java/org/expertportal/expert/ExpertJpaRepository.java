package org.expertportal.expert;

import org.springframework.data.repository.Repository;

interface ExpertJpaRepository extends Repository<Expert, Long>, ExpertRepository {}
