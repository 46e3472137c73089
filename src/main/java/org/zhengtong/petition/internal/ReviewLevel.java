package org.zhengtong.petition.internal;

/** 办理、复查、复核 (信访工作条例 第三十五、三十六条): a 复查 reviews a case's 处理意见, a 复核 a 复查's. */
public enum ReviewLevel {
    FIRST,
    REVIEW,
    RECHECK;

    public String messageKey() {
        return "petition.level." + name();
    }

    /** The level of a request against a case of this level; none after a 复核 (信访人不再受理). */
    ReviewLevel next() {
        return switch (this) {
            case FIRST -> REVIEW;
            case REVIEW -> RECHECK;
            case RECHECK -> null;
        };
    }
}
