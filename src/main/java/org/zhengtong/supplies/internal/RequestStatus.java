package org.zhengtong.supplies.internal;

/** Where a 领用申请 stands: 审批中 until a keeper issues it at 发放, or 未批准 / 已撤销 when its process ends otherwise. */
public enum RequestStatus {
    PENDING, ISSUED, REJECTED, CANCELLED;

    public String messageKey() {
        return "supplies.status." + name();
    }
}
