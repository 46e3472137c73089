package org.zhengtong.chronicle.internal;

/**
 * Where an entry stands: with its submitter (填报: new, or returned by the office), with the office (审核), approved and
 * waiting for the year's publishing, published, refused (不同意) or ended by an administrator.
 */
public enum EntryStatus {
    DRAFT, RETURNED, REVIEW, APPROVED, PUBLISHED, REFUSED, CANCELLED;

    public String messageKey() {
        return "chronicle.status." + name();
    }

    /** With the submitter at 填报: the entry may be changed. */
    boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
