package org.zhengtong.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One full-text search over every module's records, for the current user: the index narrows to the entries whose
 * readers and 密级 admit the user, then each module ({@link Searchable#readable}) confirms the hits by its own rules,
 * so a page holds only records the user may open.
 */
public interface Search {

    int PAGE_SIZE = 20;
    /** How far into the hits a page may start ({@link Page#next()} of an earlier page). */
    int MAX_AFTER = 100_000;
    int MAX_TEXT = 200;

    /**
     * @param kind   one module's records only, or null for all
     * @param fields exact values of the kind's metadata (文号, 密级 …), empty for none
     * @param after  how many hits earlier pages already went through ({@link Page#next()} of the last one)
     */
    default Page search(String text, String kind, Map<String, String> fields, int after) {
        return search(new Criteria(text, kind, null, null, null, fields), after);
    }

    Page search(Criteria criteria, int after);

    /**
     * What a reader asks for.
     *
     * @param text   words, never query syntax; synonyms and, for latin letters, the names of that pinyin count too
     * @param kind   one module's records only, or null for all
     * @param unitId one unit's records only, or null for all
     * @param from   records dated on or after this day, or null
     * @param to     records dated on or before this day, or null
     * @param fields exact values of the kind's metadata (文号, 密级 …), empty for none
     */
    record Criteria(String text, String kind, Long unitId, LocalDate from, LocalDate to, Map<String, String> fields) {
    }

    /**
     * A record the user may open, with the highlighted passage (HTML-escaped, {@code <mark>} around the words).
     *
     * @param unit the name of the record's unit
     */
    record Found(String kind, long id, String title, String snippet, LocalDate date, String unit, String link) {
    }

    /** @param next where the next page starts, or -1 on the last page */
    record Page(List<Found> items, int next) {
    }
}
