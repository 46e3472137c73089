package org.zhengtong.notice.internal;

/** Where a notice stands: in review, published, refused by a reviewer, or taken back by its publisher. */
public enum NoticeStatus {
    REVIEW, PUBLISHED, REFUSED, WITHDRAWN;

    public String messageKey() {
        return "notice.status." + name();
    }
}
