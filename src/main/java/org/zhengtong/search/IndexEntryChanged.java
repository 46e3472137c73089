package org.zhengtong.search;

/**
 * Published by an owner in the transaction that creates, changes or deletes an object it keeps in the full-text
 * index. Once that transaction commits, the index takes the object's entry anew from the owner's {@link Searchable}
 * (or drops it when the source has none). The event is kept in the event publication registry until the index has
 * committed the entry to disk, so a change lost to a crash is applied again on restart.
 *
 * @param kind the owner's kind, as in {@link FullTextSearch.Entry#kind()}
 */
public record IndexEntryChanged(String kind, long id) {
}
