package org.zhengtong.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The full-text index. Owners index and remove their entries; readers search within a kind and a set of units and
 * then check object-level access themselves, since the index holds no permissions beyond the unit.
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

    /**
     * @param kind   the owner's name for the object type, such as "document" or "archive"
     * @param fields metadata searchable by exact value (文号, 密级 …)
     */
    record Entry(String kind, long id, long unitId, String title, String text, LocalDate date,
                 Map<String, String> fields) {
    }

    /** @param unitIds empty means every unit (for administrators); text is segmented as Chinese */
    record Query(String kind, String text, Set<Long> unitIds, Map<String, String> fields, int offset, int limit) {
    }

    record Hit(String kind, long id, long unitId, String title, String snippet, LocalDate date) {
    }

    record Results(long total, List<Hit> hits) {
    }
}
