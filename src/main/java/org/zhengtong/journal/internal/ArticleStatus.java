package org.zhengtong.journal.internal;

/**
 * Where an article stands: with the editors (审核), returned to its author, adopted (采用, waiting for an issue or in
 * a draft issue), published in an issue, rejected (不采用, with the reason) or ended by an administrator.
 */
public enum ArticleStatus {
    DRAFT, REVIEW, RETURNED, ADOPTED, PUBLISHED, REJECTED, CANCELLED;

    public String messageKey() {
        return "journal.status." + name();
    }

    /** Counted as adopted in the scores. */
    boolean adopted() {
        return this == ADOPTED || this == PUBLISHED;
    }
}
