package org.zhengtong.search;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Entries of the kind {@code probe} for tests of the index feed: a title per id, and a number of times loading it
 * fails first (as when its owner's database connection is lost).
 */
public class ProbeIndexSource implements IndexSource {

    public static final String KIND = "probe";

    private final Map<Long, String> titles = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> loads = new ConcurrentHashMap<>();

    public void put(long id, String title, int failuresFirst) {
        titles.put(id, title);
        failuresLeft.put(id, new AtomicInteger(failuresFirst));
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
                .map(title -> new FullTextSearch.Entry(KIND, id, 0, title, title, null, Map.of()));
    }
}
