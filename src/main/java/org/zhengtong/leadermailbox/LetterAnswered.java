package org.zhengtong.leadermailbox;

/** A letter was answered. Only its id: never who wrote it. */
public record LetterAnswered(long letterId) {
}
