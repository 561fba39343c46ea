package org.expertportal.security;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationContext;
import java.util.List;
import org.expertportal.audit.AuditAction;
import org.expertportal.audit.AuditTarget;
import org.expertportal.audit.AuditTrail;

/**
 * Vaadin's own decision on a navigation, unchanged, with a refused navigation of a signed-in
 * person recorded in the audit trail. Checks made only to build the menu are not navigations and
 * are not recorded; an anonymous visitor is sent to sign in, which is not recorded either.
 */
class AuditedAccessDecisions implements AccessCheckDecisionResolver {

    private final AccessCheckDecisionResolver vaadin = new DefaultAccessCheckDecisionResolver();
    private final transient AuditTrail audit;

    AuditedAccessDecisions(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
        AccessCheckResult decision = vaadin.resolve(results, context);
        if (decision.decision() == AccessCheckDecision.DENY && context.isNavigating()
                && context.getPrincipal() != null && audit != null) {
            audit.recordRegardless(AuditAction.ACCESS_DENIED, AuditTarget.ROUTE,
                    "/" + context.getLocation().getPath(), "view");
        }
        return decision;
    }
}
