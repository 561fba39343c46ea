package org.expertportal.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The audit port in memory, for use case tests: what was recorded, in order. */
public class InMemoryAuditEvents implements AuditEventRepository {

    public final List<AuditEvent> saved = new ArrayList<>();

    @Override
    public AuditEvent save(AuditEvent event) {
        saved.add(event);
        return event;
    }

    @Override
    public List<AuditEvent> search(AuditFilter filter, int page, int pageSize) {
        return saved.stream()
                .filter(event -> filter.action() == null || filter.action() == event.getAction())
                .sorted(Comparator.comparing(AuditEvent::getOccurredAt).reversed())
                .skip((long) page * pageSize)
                .limit(pageSize)
                .toList();
    }

    @Override
    public long count(AuditFilter filter) {
        return saved.stream().filter(event -> filter.action() == null || filter.action() == event.getAction()).count();
    }

    public List<AuditAction> actions() {
        return saved.stream().map(AuditEvent::getAction).toList();
    }
}
