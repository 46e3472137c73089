package org.zhengtong.leadermailbox;

/** A letter reached a leader's mailbox. Only its id: never who wrote it. */
public record LetterSent(long letterId) {
}
