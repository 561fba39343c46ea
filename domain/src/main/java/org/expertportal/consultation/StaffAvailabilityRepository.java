package org.expertportal.consultation;

import java.util.List;
import java.util.Optional;

/** Port: staff members' availability. */
public interface StaffAvailabilityRepository {

    Optional<StaffAvailability> findByStaffAccountId(long staffAccountId);

    /**
     * The staff member's availability, locked until the transaction ends ({@code FOR UPDATE}):
     * every booking with this staff member takes this lock before it looks for clashes.
     */
    Optional<StaffAvailability> lockByStaffAccountId(long staffAccountId);

    /** Staff members who take bookings, lowest account id first: the order bookings lock them in. */
    List<Long> acceptingStaffIds();

    List<StaffAvailability> findByAcceptingTrue();

    StaffAvailability save(StaffAvailability availability);
}
