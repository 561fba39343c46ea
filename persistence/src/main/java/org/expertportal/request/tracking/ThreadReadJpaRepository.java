package org.expertportal.request.tracking;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The domain's {@link ThreadReadRepository}, implemented by Spring Data. */
interface ThreadReadJpaRepository extends Repository<ThreadRead, Long>, ThreadReadRepository {

    @Override
    @Query("select new org.expertportal.request.tracking.UnreadMessages(m.requestId, count(m),"
            + " max(m.sentAt)) from RequestMessage m where m.requestId in :requests and m.fromStaff = true"
            + " and m.id > coalesce((select t.readUpToMessageId from ThreadRead t where t.requestId = m.requestId"
            + " and t.accountId = :account), 0) group by m.requestId")
    List<UnreadMessages> unreadFromStaff(@Param("account") long accountId, @Param("requests") Collection<Long> requestIds);

    @Override
    @Query("select new org.expertportal.request.tracking.ReadMarker(r.reference, t.readAt) from ThreadRead t,"
            + " ReportRequest r where r.id = t.requestId and t.accountId = :account order by t.readAt, t.id")
    List<ReadMarker> markersOf(@Param("account") long accountId);

    @Override
    @Modifying
    @Query("delete from ThreadRead t where t.accountId = :account")
    int deleteMarkersOf(@Param("account") long accountId);
}
