package org.zhengtong.platform.internal.account;

/** The permission catalogue roles are built from. Later modules add theirs here. */
public enum Permission {
    ORG_MANAGE,
    ACCOUNT_MANAGE,
    UNIT_ADMIN_MANAGE,
    UNIT_ACCOUNT_MANAGE,
    APPLICATION_SUBMIT,
    APPLICATION_DECIDE,
    ROLE_MANAGE,
    CLEARANCE_MANAGE,
    SETTINGS_MANAGE,
    AUDIT_READ,
    WORKFLOW_ADMIN,
    BACKUP_MANAGE;

    public String messageKey() {
        return "permission." + name();
    }
}
