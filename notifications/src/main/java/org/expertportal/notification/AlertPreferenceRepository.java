package org.expertportal.notification;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface AlertPreferenceRepository extends Repository<AlertPreference, Long> {

    Optional<AlertPreference> findByAccountIdAndType(long accountId, AlertType type);

    AlertPreference save(AlertPreference preference);
}
