package org.zhengtong.archive.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zhengtong.search.FullTextSearch;

/**
 * Archived items in the full-text index (kind {@code archive}) when a {@link FullTextSearch} is present. Without one,
 * full text falls back to a {@code LIKE} over 题名 and the body text in the archive's own table (see
 * {@link ArchiveQueries}). Hits are only candidates: the archive's own access rules filter them again.
 */
@Component
class ArchiveIndex {

    static final String KIND = "archive";
    static final int MAX_HITS = 500;

    private final ObjectProvider<FullTextSearch> search;

    ArchiveIndex(ObjectProvider<FullTextSearch> search) {
        this.search = search;
    }

    boolean available() {
        return search.getIfAvailable() != null;
    }

    void add(ArchiveItem item) {
        FullTextSearch index = search.getIfAvailable();
        if (index == null) {
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("archivalCode", item.getArchivalCode());
        fields.put("retention", item.getRetention().name());
        fields.put("classification", item.getClassification().name());
        if (item.getDocumentNumber() != null) {
            fields.put("documentNumber", item.getDocumentNumber());
        }
        String text = String.join("\n", item.getTitle(), nullToEmpty(item.getDocumentNumber()),
                nullToEmpty(item.getResponsibleParty()), nullToEmpty(item.getBodyText()));
        index.index(new FullTextSearch.Entry(KIND, item.getId(), item.getUnitId(), item.getTitle(), text,
                item.getDocumentDate(), fields));
    }

    /** The unit's hits for the text, when an index is present. */
    Optional<List<FullTextSearch.Hit>> matching(String text, long unitId) {
        FullTextSearch index = search.getIfAvailable();
        if (index == null) {
            return Optional.empty();
        }
        FullTextSearch.Results results = index.search(new FullTextSearch.Query(KIND, text, Set.of(unitId), Map.of(),
                0, MAX_HITS));
        return Optional.of(results.hits().stream().filter(h -> h.unitId() == unitId).toList());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
