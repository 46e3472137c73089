package org.zhengtong.asset.internal;

public enum ChangeStatus {
    PENDING, APPROVED, REFUSED, WITHDRAWN;

    public String messageKey() {
        return "asset.changeStatus." + name();
    }
}
