package org.zhengtong.reception.internal;

/** 接待级别: the rank of the delegation's leader, highest first. */
public enum ReceptionLevel {
    MINISTERIAL, BUREAU, COUNTY, OTHER;

    public String messageKey() {
        return "reception.level." + name();
    }
}
