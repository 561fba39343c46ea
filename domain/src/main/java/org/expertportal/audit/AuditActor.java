package org.expertportal.audit;

/**
 * Who acted: an account with its role at the time, an anonymous visitor, or the system itself
 * (a scheduled job, start-up).
 */
public record AuditActor(Long accountId, String label) {

    public static final AuditActor ANONYMOUS = new AuditActor(null, "anonymous");
    public static final AuditActor SYSTEM = new AuditActor(null, "system");

    public static AuditActor account(long accountId, String role) {
        return new AuditActor(accountId, role);
    }
}
