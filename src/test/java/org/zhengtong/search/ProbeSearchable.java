package org.zhengtong.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.Roles;

/**
 * Entries of the kind {@code probe} for tests of the index feed and the search: a title per id, a number of times
 * loading it fails first (as when its owner's database connection is lost), and whether it may be opened.
 */
public class ProbeSearchable implements Searchable {

    public static final String KIND = "probe";

    private final Map<Long, String> titles = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> loads = new ConcurrentHashMap<>();
    private final Set<Long> refused = ConcurrentHashMap.newKeySet();

    public void put(long id, String title, int failuresFirst) {
        titles.put(id, title);
        failuresLeft.put(id, new AtomicInteger(failuresFirst));
    }

    /** From now on the probe says the entry may not be opened, as an owner whose rules changed would. */
    public void refuse(long id) {
        refused.add(id);
    }

    public int loads(long id) {
        return loads.getOrDefault(id, new AtomicInteger()).get();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<FullTextSearch.Entry> entry(long id) {
        loads.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
        if (failuresLeft.getOrDefault(id, new AtomicInteger()).getAndDecrement() > 0) {
            throw new IllegalStateException("probe " + id + " cannot be loaded now");
        }
        return Optional.ofNullable(titles.get(id))
                .map(title -> new FullTextSearch.Entry(KIND, id, 0, title, title, null, Classification.UNCLASSIFIED,
                        Set.of(Readers.role(Roles.SYSTEM_ADMIN)), Map.of()));
    }

    @Override
    public Set<Long> readable(Collection<Long> ids) {
        return ids.stream().filter(id -> !refused.contains(id)).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public String link(long id) {
        return "/probes/" + id;
    }

    @Override
    public List<Long> idsAfter(long afterId, int limit) {
        return titles.keySet().stream().filter(id -> id > afterId).sorted().limit(limit).toList();
    }
}
