package org.expertportal.request.workbench;

import java.util.Optional;

/** Port: expert instructions, staff only. */
interface ExpertInstructionRepository {

    ExpertInstruction save(ExpertInstruction instruction);

    Optional<ExpertInstruction> findByRequestId(long requestId);
}
