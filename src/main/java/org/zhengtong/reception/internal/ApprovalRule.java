package org.zhengtong.reception.internal;

/** When a reception plan goes to approval: always, never, or over an amount (and for 省部级 delegations). */
public enum ApprovalRule {
    ALWAYS, NEVER, OVER_AMOUNT;

    public String messageKey() {
        return "reception.rules.approval." + name();
    }
}
