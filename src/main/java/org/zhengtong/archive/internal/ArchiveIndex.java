package org.zhengtong.archive.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.IndexEntryChanged;
import org.zhengtong.search.Readers;
import org.zhengtong.search.RecordIndex;

/**
 * Archived items in the full-text index (kind {@code archive}) when a {@link FullTextSearch} is present. Without one,
 * full text falls back to a {@code LIKE} over 题名 and the body text in the archive's own table (see
 * {@link ArchiveQueries}). An item is found by the people of its unit whose clearance covers its 密级, as
 * {@link ArchiveAccess} lets them see its metadata; hits are only candidates, which the archive's access rules filter
 * again. An item is announced in the transaction that archives it, and the index takes its entry from here once that
 * commits.
 */
@Component
class ArchiveIndex extends RecordIndex<ArchiveItem> {

    static final String KIND = "archive";
    static final int MAX_HITS = 500;

    private final ObjectProvider<FullTextSearch> search;
    private final ArchiveItemRepository items;
    private final ArchiveAccess access;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;

    ArchiveIndex(ObjectProvider<FullTextSearch> search, ArchiveItemRepository items, ArchiveAccess access,
                 CurrentUsers currentUsers, ApplicationEventPublisher events) {
        super(KIND, ArchiveItem.class, items, "/archive/items/", currentUsers);
        this.search = search;
        this.items = items;
        this.access = access;
        this.currentUsers = currentUsers;
        this.events = events;
    }

    @Override
    protected boolean mayOpen(ArchiveItem r, CurrentUser user) {
        return access.canSee(r, user);
    }

    boolean available() {
        return search.getIfAvailable() != null;
    }

    /** Has the item indexed once the current transaction commits. */
    void add(ArchiveItem item) {
        events.publishEvent(new IndexEntryChanged(KIND, item.getId()));
    }

    @Override
    protected FullTextSearch.Entry entry(ArchiveItem item) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("archivalCode", item.getArchivalCode());
        fields.put("retention", item.getRetention().name());
        fields.put("classification", item.getClassification().name());
        if (item.getDocumentNumber() != null) {
            fields.put("documentNumber", item.getDocumentNumber());
        }
        String text = String.join("\n", item.getTitle(), nullToEmpty(item.getDocumentNumber()),
                nullToEmpty(item.getResponsibleParty()), nullToEmpty(item.getBodyText()));
        return new FullTextSearch.Entry(KIND, item.getId(), item.getUnitId(), item.getTitle(), text,
                item.getDocumentDate(), item.getClassification(), Set.of(Readers.unit(item.getUnitId())), fields);
    }

    /** The unit's hits for the text, when an index is present. */
    Optional<List<FullTextSearch.Hit>> matching(String text, long unitId) {
        FullTextSearch index = search.getIfAvailable();
        if (index == null) {
            return Optional.empty();
        }
        FullTextSearch.Results results = index.search(new FullTextSearch.Query(KIND, text, Set.of(unitId), Map.of(),
                FullTextSearch.Reader.of(currentUsers.current()), 0, MAX_HITS));
        return Optional.of(results.hits().stream().filter(h -> h.unitId() == unitId).toList());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
