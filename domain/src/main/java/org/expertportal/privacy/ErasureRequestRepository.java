package org.expertportal.privacy;

import java.util.List;
import java.util.Optional;

/** Port: erasure requests. Implemented by persistence. */
public interface ErasureRequestRepository {

    ErasureRequest save(ErasureRequest request);

    /** Writes at once, so that two administrators deciding the same request fail cleanly. */
    ErasureRequest saveAndFlush(ErasureRequest request);

    Optional<ErasureRequest> findById(Long id);

    List<ErasureRequest> findByAccountIdOrderByRequestedAtDescIdDesc(long accountId);

    List<ErasureRequest> findByStatusOrderByRequestedAtAscIdAsc(ErasureStatus status);
}
