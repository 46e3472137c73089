package org.zhengtong.personnel.internal;

/** 学历, highest first. */
public enum Education {
    DOCTORATE, MASTER, BACHELOR, JUNIOR_COLLEGE, SECONDARY, HIGH_SCHOOL_OR_BELOW;

    public String messageKey() {
        return "personnel.education." + name();
    }
}
