package org.expertportal.account;

import java.util.List;
import java.util.Optional;

/** Port: where organisations are kept. Implemented by the persistence module. */
public interface OrganisationRepository {

    Optional<Organisation> findById(Long id);

    Organisation save(Organisation organisation);

    List<Organisation> findAllByOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);
}
