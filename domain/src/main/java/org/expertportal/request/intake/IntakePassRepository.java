package org.expertportal.request.intake;

import java.util.Optional;

/** Port: intake passes. */
public interface IntakePassRepository {

    IntakePass save(IntakePass pass);

    Optional<IntakePass> findByTokenHash(String tokenHash);

    void delete(IntakePass pass);
}
