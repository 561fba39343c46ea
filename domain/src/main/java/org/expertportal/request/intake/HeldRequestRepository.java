package org.expertportal.request.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: requests held until confirmed (docs/adr/033). */
public interface HeldRequestRepository {

    HeldRequest save(HeldRequest held);

    Optional<HeldRequest> findById(Long id);

    Optional<HeldRequest> findByAccountLinkId(Long accountLinkId);

    Optional<HeldRequest> findByPassHash(String passHash);

    List<HeldRequest> findByAccountId(Long accountId);

    List<HeldRequest> findTop500ByExpiresAtBeforeOrderByExpiresAtAsc(Instant now);

    void delete(HeldRequest held);
}
