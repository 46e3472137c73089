package org.zhengtong.petition.internal;

/** Where a case stands. */
public enum PetitionStatus {
    /** 登记, waiting for 拟办 and 批示 (受理 deadline running) */
    REGISTERED,
    /** 受理 and handed to units (办理 deadline running) */
    HANDLING,
    /** 已答复, waiting for 回访 */
    REPLIED,
    /** 办结 */
    CLOSED,
    /** 不予受理, with the written notice */
    NOT_ACCEPTED,
    /** 转送 to the body responsible, with the written notice */
    FORWARDED,
    /** 已归档 */
    ARCHIVED;

    public String messageKey() {
        return "petition.status." + name();
    }

    boolean finished() {
        return this == CLOSED || this == NOT_ACCEPTED || this == FORWARDED || this == ARCHIVED;
    }
}
