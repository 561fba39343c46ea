package org.expertportal.audit;

import org.expertportal.account.AccountDisabled;
import org.expertportal.account.AccountErased;
import org.expertportal.account.SessionService;
import org.expertportal.account.TwoFactorService;
import org.expertportal.privacy.PrivacyEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Connects the privacy use cases to the rest of the portal, in their transactions: the audit trail
 * records them (ids only), a disabled account's sessions end, and an erased account loses its
 * two-factor credential and recovery codes.
 */
@Component
class PrivacyAudit {

    private final AuditTrail audit;
    private final SessionService sessions;
    private final TwoFactorService twoFactor;

    PrivacyAudit(AuditTrail audit, SessionService sessions, TwoFactorService twoFactor) {
        this.audit = audit;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
    }

    @EventListener
    void on(PrivacyEvents.DataExported exported) {
        audit.record(AuditAction.DATA_EXPORTED, AuditTarget.ACCOUNT, String.valueOf(exported.accountId()), null);
    }

    @EventListener
    void on(PrivacyEvents.ErasureRequested requested) {
        audit.record(AuditAction.ERASURE_REQUESTED, AuditTarget.ACCOUNT, String.valueOf(requested.accountId()),
                "erasure request #" + requested.erasureRequestId());
    }

    @EventListener
    void on(PrivacyEvents.ErasureApproved approved) {
        audit.record(AuditAction.ERASURE_APPROVED, AuditTarget.ACCOUNT, String.valueOf(approved.accountId()),
                "erasure request #" + approved.erasureRequestId() + ", requests " + approved.requestsAnonymised());
    }

    @EventListener
    void on(PrivacyEvents.ErasureRefused refused) {
        audit.record(AuditAction.ERASURE_REFUSED, AuditTarget.ACCOUNT, String.valueOf(refused.accountId()),
                "erasure request #" + refused.erasureRequestId());
    }

    @EventListener
    void on(PrivacyEvents.RequestAnonymisedByRetention anonymised) {
        audit.recordAs(AuditActor.SYSTEM, AuditAction.REQUEST_ANONYMISED, AuditTarget.REQUEST,
                String.valueOf(anonymised.requestId()), null);
    }

    @EventListener
    void on(AccountDisabled disabled) {
        sessions.accountDisabled(disabled);
    }

    @EventListener
    void on(AccountErased erased) {
        twoFactor.resetTwoFactor(erased.accountId());
    }
}
