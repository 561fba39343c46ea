package org.expertportal.audit;

import org.expertportal.request.workbench.RequestWorkRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every staff change to a request in the audit trail, in the transaction of the change:
 * the request's reference as the target, the kind of change (and the id it concerns) as detail.
 */
@Component
class RequestWorkAudit {

    private final AuditTrail audit;

    RequestWorkAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(RequestWorkRecorded work) {
        String detail = work.work().name() + (work.detailId() == null ? "" : " #" + work.detailId());
        audit.record(AuditAction.REQUEST_CHANGED, AuditTarget.REQUEST, work.reference(), detail);
    }
}
