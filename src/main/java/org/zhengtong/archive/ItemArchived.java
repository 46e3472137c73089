package org.zhengtong.archive;

/** Published when a document has been archived as an item (件) with its 档号. */
public record ItemArchived(long itemId, long documentId, long unitId, String archivalCode) {
}
