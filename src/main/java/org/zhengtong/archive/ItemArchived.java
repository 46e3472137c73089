package org.zhengtong.archive;

/** Published when a finished object ({@code kind}, {@code id}) has been archived as an item (件) with its 档号. */
public record ItemArchived(long itemId, String kind, long id, long unitId, String archivalCode) {
}
