package org.zhengtong.search.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Searchable;

/**
 * Rebuilds the full-text index from its owners' tables, kind by kind: the kind's entries are removed, then taken
 * again from the owner ({@link Searchable#idsAfter}, {@link Searchable#entries}) a batch at a time. One thread pages
 * through the ids; workers (one per processor, at most four) take the entries and index them, since the Chinese
 * segmentation is the slow part. A batch its owner cannot give is taken again one record at a time, and a record
 * that still fails is left out and counted, so one bad record does not stop the rest. One rebuild at a time. The
 * feed goes on meanwhile: an entry indexed by both is the owner's current state either way.
 */
@Service
class IndexRebuild {

    static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

    private final FullTextSearch index;
    private final ObjectProvider<Searchable> owners;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "index-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Progress progress = Progress.NEVER;

    /**
     * @param indexed entries indexed so far, by kind
     * @param skipped records left out because their owner could not give their entry
     * @param failure why the last rebuild stopped, or null
     */
    record Progress(boolean running, Instant startedAt, Instant endedAt, Map<String, Long> indexed, long skipped,
                    String failure) {
        static final Progress NEVER = new Progress(false, null, null, Map.of(), 0, null);
    }

    IndexRebuild(FullTextSearch index, ObjectProvider<Searchable> owners, Clock clock) {
        this.index = index;
        this.owners = owners;
        this.clock = clock;
    }

    Progress progress() {
        return progress;
    }

    /** Starts a rebuild in the background; false when one is running already. */
    boolean start() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        background.execute(this::runClaimed);
        return true;
    }

    /** Rebuilds now, in the caller's thread (the start-up switch); false when one is running already. */
    boolean rebuildNow() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        runClaimed();
        return true;
    }

    private void runClaimed() {
        Instant started = clock.instant();
        Map<String, Long> indexed = new ConcurrentHashMap<>();
        AtomicLong skipped = new AtomicLong();
        progress = new Progress(true, started, null, indexed, 0, null);
        long nanos = System.nanoTime();
        String failure = null;
        try {
            for (Searchable owner : owners.orderedStream().toList()) {
                indexed.put(owner.kind(), 0L);
                rebuild(owner, indexed, skipped);
            }
            index.flush();
            log.info("full-text index rebuilt: {} in {} s", indexed, (System.nanoTime() - nanos) / 1_000_000_000);
        } catch (RuntimeException e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.error("full-text index rebuild failed", e);
        } finally {
            progress = new Progress(false, started, clock.instant(), new LinkedHashMap<>(indexed), skipped.get(),
                    failure);
            running.set(false);
        }
    }

    private void rebuild(Searchable owner, Map<String, Long> indexed, AtomicLong skipped) {
        String kind = owner.kind();
        index.removeAll(kind);
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(workers * 2), new ThreadPoolExecutor.CallerRunsPolicy());
        AtomicLong count = new AtomicLong();
        List<Future<?>> batches = new ArrayList<>();
        try {
            long after = 0;
            while (true) {
                List<Long> ids = owner.idsAfter(after, BATCH);
                if (ids.isEmpty()) {
                    break;
                }
                batches.add(pool.submit(() -> {
                    List<FullTextSearch.Entry> entries = entries(owner, ids, skipped);
                    entries.forEach(index::index);
                    indexed.put(kind, count.addAndGet(entries.size()));
                }));
                batches.removeIf(batch -> batch.isDone() && succeeded(batch));
                after = ids.get(ids.size() - 1);
            }
            batches.forEach(IndexRebuild::succeeded);
        } finally {
            pool.shutdown();
        }
    }

    private static List<FullTextSearch.Entry> entries(Searchable owner, List<Long> ids, AtomicLong skipped) {
        try {
            return owner.entries(ids);
        } catch (RuntimeException batchFailed) {
            List<FullTextSearch.Entry> entries = new ArrayList<>();
            for (long id : ids) {
                try {
                    owner.entry(id).ifPresent(entries::add);
                } catch (RuntimeException e) {
                    skipped.incrementAndGet();
                    log.warn("full-text index rebuild: {} {} left out", owner.kind(), id, e);
                }
            }
            return entries;
        }
    }

    /** Waits for a batch; its failure (the index itself failing) stops the rebuild. */
    private static boolean succeeded(Future<?> batch) {
        try {
            batch.get();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
