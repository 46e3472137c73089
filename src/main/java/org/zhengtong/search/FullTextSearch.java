package org.zhengtong.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.CurrentUser;

/**
 * The full-text index. Owners index and remove their entries; a query names the reader, and the index returns only
 * entries whose readers and 密级 admit them. Owners still confirm each hit with their own rules ({@link Searchable}),
 * since an entry's readers are as fresh as the entry.
 */
public interface FullTextSearch {

    /** Adds or replaces the entry with this kind and id. */
    void index(Entry entry);

    void remove(String kind, long id);

    Results search(Query query);

    /** Removes every entry of a kind, before its owner feeds the index again from its own table. */
    void removeAll(String kind);

    /** Makes everything indexed so far visible to searches and durable now (the end of a rebuild). */
    void flush();

    /** How many entries of a kind the index holds now. */
    long count(String kind);

    /**
     * @param kind           the owner's name for the object type, such as "document" or "archive"
     * @param classification 密级: found only by readers whose clearance covers it
     * @param readers        who may find it ({@link Readers})
     * @param fields         metadata searchable by exact value (文号, 密级 …)
     */
    record Entry(String kind, long id, long unitId, String title, String text, LocalDate date,
                 Classification classification, Set<String> readers, Map<String, String> fields) {
    }

    /**
     * @param kind    one owner's entries, or null for every owner's
     * @param unitIds empty means every unit; text is segmented as Chinese
     * @param from    entries dated on or after this day, or null; entries without a date are left out when set
     * @param to      entries dated on or before this day, or null
     * @param reader  who searches: only entries they may find are returned
     */
    record Query(String kind, String text, Set<Long> unitIds, LocalDate from, LocalDate to, Map<String, String> fields,
                 Reader reader, int offset, int limit) {

        public Query(String kind, String text, Set<Long> unitIds, Map<String, String> fields, Reader reader,
                     int offset, int limit) {
            this(kind, text, unitIds, null, null, fields, reader, offset, limit);
        }
    }

    /** The searching person as the index sees them: their {@link Readers} tokens and their clearance. */
    record Reader(Set<String> tokens, Clearance clearance) {

        public static Reader of(CurrentUser user) {
            return new Reader(Readers.of(user), user.clearance());
        }
    }

    record Hit(String kind, long id, long unitId, String title, String snippet, LocalDate date) {
    }

    /** @param total how many entries match: exact up to 1,000, beyond that at least one more than the page reached */
    record Results(long total, List<Hit> hits) {
    }
}
