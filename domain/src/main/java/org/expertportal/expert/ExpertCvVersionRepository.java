package org.expertportal.expert;

import java.util.List;
import java.util.Optional;

/** Port: the PDF CV versions. */
public interface ExpertCvVersionRepository {

    ExpertCvVersion save(ExpertCvVersion version);

    List<ExpertCvVersion> findByExpertIdOrderByVersionNumberDesc(Long expertId);

    Optional<ExpertCvVersion> findFirstByExpertIdOrderByVersionNumberDesc(Long expertId);
}
