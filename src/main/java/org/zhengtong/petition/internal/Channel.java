package org.zhengtong.petition.internal;

/** 信访形式: how the matter reached the office. */
public enum Channel {
    /** 来信, scanned from paper */
    LETTER,
    /** 来访, at the window, one person or a group */
    VISIT,
    /** 来电 */
    PHONE,
    /** 网上信访, from the public portal */
    ONLINE;

    public String messageKey() {
        return "petition.channel." + name();
    }
}
