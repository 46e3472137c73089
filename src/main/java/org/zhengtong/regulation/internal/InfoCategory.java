package org.zhengtong.regulation.internal;

/** What a 常用信息 entry is: a telephone number, a guide to getting something done, or a link. */
public enum InfoCategory {
    PHONE, GUIDE, LINK;

    public String messageKey() {
        return "regulation.info.category." + name();
    }
}
