package org.zhengtong.platform;

import java.util.Set;

/**
 * The built-in roles' codes, for {@link CurrentUser#hasRole} and {@link OrgDirectory#usernamesWithRole}. 三员分立: the
 * system, security and audit administrators have separate powers.
 */
public final class Roles {

    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
    public static final String SECURITY_ADMIN = "SECURITY_ADMIN";
    public static final String AUDIT_ADMIN = "AUDIT_ADMIN";
    public static final String UNIT_ADMIN = "UNIT_ADMIN";
    public static final String USER = "USER";

    /**
     * 三员: their accounts are managed by nobody in the application, not even by one another; they are recovered on the
     * server ({@code --reset-admin-password}).
     */
    public static final Set<String> SEPARATED_ADMINISTRATORS = Set.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);
    public static final Set<String> ADMINISTRATORS = Set.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN, UNIT_ADMIN);
    public static final Set<String> BUILT_IN = Set.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN, UNIT_ADMIN, USER);

    private Roles() {
    }
}
