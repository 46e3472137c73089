package org.zhengtong.search;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Implemented by a module whose records are found by the one search ({@link Search}): it gives a record's entry as
 * its table holds it now, and answers, by its own rules, which records the current user may open. The entry's readers
 * and 密级 only narrow what the index returns; {@link #readable} decides, so a reader never sees a hit the module
 * would refuse to open. The kind is also the module prefix of the record's business key and names the record type
 * on the result page through the message {@code search.kind.<kind>} in the module's bundle.
 */
public interface Searchable {

    /** The kind of the entries this module gives, as in {@link FullTextSearch.Entry#kind()}. */
    String kind();

    /** The entry for the record, or empty when it no longer exists (the index then drops it). */
    Optional<FullTextSearch.Entry> entry(long id);

    /** Of these records, those the current user may open now. */
    Set<Long> readable(Collection<Long> ids);

    /** The record's page. */
    String link(long id);

    /**
     * For a rebuild from the module's tables: the ids of its records above {@code afterId}, ascending, at most
     * {@code limit}. Records without an entry may be among them; {@link #entries} leaves them out.
     */
    List<Long> idsAfter(long afterId, int limit);

    /** The entries of these records, a rebuild's batch; a module with a faster way than one by one overrides it. */
    default List<FullTextSearch.Entry> entries(List<Long> ids) {
        return ids.stream().map(this::entry).flatMap(Optional::stream).toList();
    }
}
