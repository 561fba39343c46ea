package org.expertportal.request;

import java.util.Optional;

/** Port: expert instructions, staff only. */
public interface ExpertInstructionRepository {

    ExpertInstruction save(ExpertInstruction instruction);

    Optional<ExpertInstruction> findByRequestId(long requestId);
}
