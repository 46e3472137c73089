package org.zhengtong.reception.internal;

/**
 * 登记 (the desk edits the plan) → 待审批 (when the rules ask for approval; nobody edits) → 已安排 (approved, or
 * needing no approval) → 已完成 (costs recorded); 已取消 from 登记 or 已安排. A plan is changed only in 登记: an arranged
 * reception whose plan changes is taken back to 登记 (重新登记) and submitted again, approved again if the rules ask.
 */
public enum ReceptionStatus {
    DRAFT, PENDING, ARRANGED, COMPLETED, CANCELLED;

    public String messageKey() {
        return "reception.status." + name();
    }
}
