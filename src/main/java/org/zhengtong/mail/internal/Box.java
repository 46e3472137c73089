package org.zhengtong.mail.internal;

/** Where a mailbox entry is: the built-in boxes, or one of the owner's own folders ({@link #FOLDER}). */
public enum Box {
    INBOX, SENT, DRAFTS, TRASH, FOLDER
}
