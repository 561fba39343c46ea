package org.expertportal.expert;

import java.util.List;
import java.util.Optional;

/** Port: experts. */
public interface ExpertRepository {

    Expert save(Expert expert);

    Optional<Expert> findById(Long id);

    Optional<Expert> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Expert> findAllByOrderByNameAsc();

    List<Expert> findByActiveTrueOrderByNameAsc();
}
