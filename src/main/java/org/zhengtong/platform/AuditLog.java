package org.zhengtong.platform;

/**
 * The append-only, hash-chained audit log. Every module records security-relevant actions here;
 * the actor and IP address come from the current request.
 */
public interface AuditLog {

    void success(String action, String objectType, Object objectId, String detail);

    void failure(String action, String objectType, Object objectId, String detail);

    /** For events without a logged-in user in the security context (login failures, first-run set-up). */
    void recordAs(String actor, String ip, String action, String objectType, Object objectId, boolean success, String detail);
}
