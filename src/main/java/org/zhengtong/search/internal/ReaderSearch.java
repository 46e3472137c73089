package org.zhengtong.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Search;
import org.zhengtong.search.Searchable;

/**
 * {@link Search}: hits come from the index in batches of a page, for the current user as reader, and each batch is
 * confirmed kind by kind by its owner; a page stops early after {@link #MAX_SCANNED} hits so a search that the owners
 * mostly refuse stays cheap, and the next page starts where this one stopped.
 */
@Service
class ReaderSearch implements Search {

    private static final int MAX_SCANNED = 2000;

    private final FullTextSearch index;
    private final ObjectProvider<Searchable> searchables;
    private final CurrentUsers currentUsers;
    private final OrgDirectory org;

    ReaderSearch(FullTextSearch index, ObjectProvider<Searchable> searchables, CurrentUsers currentUsers,
                 OrgDirectory org) {
        this.index = index;
        this.searchables = searchables;
        this.currentUsers = currentUsers;
        this.org = org;
    }

    @Override
    public Page search(Criteria criteria, int after) {
        Map<String, Searchable> owners = searchables.orderedStream()
                .collect(Collectors.toMap(Searchable::kind, s -> s, (a, b) -> a));
        String text = criteria.text();
        String kind = criteria.kind();
        if (criteria.from() != null && criteria.to() != null && criteria.from().isAfter(criteria.to())) {
            throw new InvalidInputException("search.period.reversed");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT || (kind != null && !owners.containsKey(kind))) {
            return new Page(List.of(), -1);
        }
        FullTextSearch.Reader reader = FullTextSearch.Reader.of(currentUsers.current());
        Set<Long> units = criteria.unitId() == null ? Set.of() : Set.of(criteria.unitId());
        Map<String, String> fields = criteria.fields() == null ? Map.of() : criteria.fields();
        Map<Long, String> unitNames = new HashMap<>();
        List<Found> found = new ArrayList<>();
        int position = Math.max(0, Math.min(after, MAX_AFTER));
        int scanned = 0;
        while (scanned < MAX_SCANNED) {
            FullTextSearch.Results results = index.search(new FullTextSearch.Query(kind, text.strip(), units,
                    criteria.from(), criteria.to(), fields, reader, position, PAGE_SIZE));
            List<FullTextSearch.Hit> hits = results.hits();
            Map<String, Set<Long>> readable = hits.stream()
                    .collect(Collectors.groupingBy(FullTextSearch.Hit::kind, Collectors.mapping(FullTextSearch.Hit::id,
                            Collectors.toSet()))).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> readable(owners.get(e.getKey()), e.getValue())));
            for (FullTextSearch.Hit hit : hits) {
                position++;
                scanned++;
                if (readable.get(hit.kind()).contains(hit.id())) {
                    found.add(new Found(hit.kind(), hit.id(), hit.title(), hit.snippet(), hit.date(),
                            unitNames.computeIfAbsent(hit.unitId(), this::unitName), owners.get(hit.kind()).link(hit.id())));
                    if (found.size() == PAGE_SIZE) {
                        return new Page(found, position < results.total() ? position : -1);
                    }
                }
            }
            if (hits.isEmpty() || position >= results.total()) {
                return new Page(found, -1);
            }
        }
        return new Page(found, position);
    }

    private String unitName(long unitId) {
        return org.unit(unitId).map(OrgDirectory.UnitRef::displayName).orElse("");
    }

    /** Hits of a kind no module owns any more (an index older than the code) are nobody's to open. */
    private static Set<Long> readable(Searchable owner, Collection<Long> ids) {
        return owner == null ? Set.of() : owner.readable(ids);
    }
}
