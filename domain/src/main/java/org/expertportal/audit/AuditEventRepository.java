package org.expertportal.audit;

import java.util.List;

/**
 * Port: the audit entries. Append and read only: there is deliberately no delete and no update
 * here, and the database refuses both as well.
 */
public interface AuditEventRepository {

    AuditEvent save(AuditEvent event);

    /** Newest first, one page of the entries the filter matches. */
    List<AuditEvent> search(AuditFilter filter, int page, int pageSize);

    long count(AuditFilter filter);
}
