package org.zhengtong.platform;

/**
 * 开通账号 for a module that approves account requests (账号申请): checks a request against the organization and the
 * accounts, and on approval creates the person and their account together. The same checks and audit records as
 * when an administrator creates them by hand.
 */
public interface AccountOpening {

    /**
     * Refuses a request the current user may not make: a unit outside their administration (HTTP 403), a department
     * of another unit or a username already taken ({@link BusinessRuleException}).
     */
    void check(NewAccount request);

    /** Creates the person and the account; the initial password is returned this once and never stored in clear. */
    OpenedAccount open(NewAccount request);

    /**
     * @param position a code of {@link OrgDirectory#positions()}
     */
    record NewAccount(long unitId, Long departmentId, String name, String position, String phone, String username) {
    }

    record OpenedAccount(long accountId, String username, String initialPassword) {
    }
}
