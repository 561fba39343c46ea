package org.expertportal.request.workbench;

import org.springframework.data.repository.Repository;

/** The domain's {@link ExpertInstructionRepository}, implemented by Spring Data. */
interface ExpertInstructionJpaRepository extends Repository<ExpertInstruction, Long>, ExpertInstructionRepository {}
