package org.expertportal.consultation;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The domain's {@link StaffAvailabilityRepository}, implemented by Spring Data. */
interface StaffAvailabilityJpaRepository extends Repository<StaffAvailability, Long>, StaffAvailabilityRepository {

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from StaffAvailability a where a.staffAccountId = :staff")
    Optional<StaffAvailability> lockByStaffAccountId(@Param("staff") long staffAccountId);

    @Override
    @Query("select a.staffAccountId from StaffAvailability a where a.accepting = true order by a.staffAccountId")
    List<Long> acceptingStaffIds();
}
