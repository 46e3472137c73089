package org.zhengtong.leadermailbox.internal;

/** Where a letter is: 待答复, 转办中 (a department drafts the answer), 已答复. */
public enum LetterStatus {
    RECEIVED, FORWARDED, ANSWERED
}
