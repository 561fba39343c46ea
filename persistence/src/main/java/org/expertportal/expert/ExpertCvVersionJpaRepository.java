package org.expertportal.expert;

import org.springframework.data.repository.Repository;

interface ExpertCvVersionJpaRepository extends Repository<ExpertCvVersion, Long>, ExpertCvVersionRepository {}
