package org.expertportal.request;

import java.time.Instant;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The domain's {@link RequestDocumentRepository}, implemented by Spring Data. */
interface RequestDocumentJpaRepository extends Repository<RequestDocument, Long>, RequestDocumentRepository {

    @Override
    @Modifying(flushAutomatically = true)
    @Query("update RequestDocument d set d.firstClientDownloadAt = :at, d.firstClientDownloadBy = :account"
            + " where d.id = :id and d.firstClientDownloadAt is null")
    int recordFirstClientDownload(@Param("id") long id, @Param("account") long accountId, @Param("at") Instant at);

    @Override
    @Modifying(flushAutomatically = true)
    @Query("update RequestDocument d set d.firstClientDownloadBy = null where d.firstClientDownloadBy = :account")
    int forgetFirstClientDownloader(@Param("account") long accountId);
}
