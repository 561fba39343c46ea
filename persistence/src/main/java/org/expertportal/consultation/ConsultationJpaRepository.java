package org.expertportal.consultation;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The domain's {@link ConsultationRepository}, implemented by Spring Data. */
interface ConsultationJpaRepository extends Repository<Consultation, Long>, ConsultationRepository {

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Consultation c where c.id = :id")
    Optional<Consultation> lockById(@Param("id") long id);

    @Override
    @Query("select c from Consultation c where c.status = org.expertportal.consultation.ConsultationStatus.BOOKED"
            + " and c.endAt > :from")
    List<Consultation> bookedEndingAfter(@Param("from") Instant from);

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Consultation c where c.staffAccountId = :staff"
            + " and c.status = org.expertportal.consultation.ConsultationStatus.BOOKED and c.endAt > :from")
    List<Consultation> lockBookedOfStaffEndingAfter(@Param("staff") long staffAccountId, @Param("from") Instant from);

    @Override
    @Query("select c.id from Consultation c where c.status = org.expertportal.consultation.ConsultationStatus.BOOKED"
            + " and (c.dayReminderAt <= :now or c.hourReminderAt <= :now) order by c.startAt")
    List<Long> dueReminderIds(@Param("now") Instant now);
}
