package org.zhengtong.search.internal;

import jakarta.annotation.PreDestroy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhengtong.search.IndexEntryChanged;
import org.zhengtong.search.Searchable;
import org.zhengtong.search.IndexStatus;

/**
 * Keeps the index in step with the changes its owners commit. The listener runs right after the owner's transaction
 * and only hands the change over to one worker thread, which takes each entry from its owner's {@link Searchable},
 * applies a batch to the index and commits it to disk. Only then is the change done and its event publication
 * marked complete: a change applied but not yet committed when the process dies is applied again at restart, and
 * one whose source failed is left to the resubmission job. Applying a change twice does no harm, since the entry
 * is replaced by the owner's current state.
 */
@Component
class IndexFeed implements IndexStatus {

    static final String LISTENER_ID = "search.index-feed";
    private static final int BATCH = 500;

    private final LuceneFullTextSearch index;
    /** Owners both feed and query the index: their sources are looked up when a change comes. */
    private final ObjectProvider<Searchable> sources;
    private final PendingChanges pending;
    private final JdbcTemplate jdbc;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread worker;
    /** Cleared at shutdown; the worker is never interrupted, since an interrupt during I/O breaks Lucene's writer. */
    private volatile boolean running = true;

    private record Pending(IndexEntryChanged change, CompletableFuture<Void> done) {
    }

    IndexFeed(LuceneFullTextSearch index, ObjectProvider<Searchable> sources, PendingChanges pending,
              JdbcTemplate jdbc) {
        this.index = index;
        this.sources = sources;
        this.pending = pending;
        this.jdbc = jdbc;
        worker = new Thread(this::work, "fulltext-feed");
        worker.setDaemon(true);
        worker.start();
    }

    /** After the owner's commit, in its thread: hands the change over and returns what completes once durable. */
    @TransactionalEventListener(id = LISTENER_ID)
    CompletableFuture<Void> on(IndexEntryChanged change) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        pending.handedOver();
        queue.add(new Pending(change, done));
        return done;
    }

    /** The changes whose publications are still incomplete: not yet committed to the index, or failed. */
    @Override
    public Lag lag() {
        return jdbc.queryForObject("select count(*), min(publication_date) from event_publication"
                        + " where completion_date is null and listener_id = ?",
                (rs, row) -> {
                    OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
                    return new Lag(rs.getLong(1), oldest == null ? null : oldest.toInstant());
                }, LISTENER_ID);
    }

    private void work() {
        List<Pending> batch = new ArrayList<>();
        while (running) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, BATCH - 1);
            applyAndCommit(batch);
            batch.clear();
        }
    }

    /** Each change applied on its own, one commit for the batch; then the changes are done or failed. */
    private void applyAndCommit(List<Pending> batch) {
        List<Pending> applied = new ArrayList<>(batch.size());
        for (Pending change : batch) {
            try {
                apply(change.change());
                applied.add(change);
            } catch (RuntimeException e) {
                change.done().completeExceptionally(e);
            } finally {
                pending.settled();
            }
        }
        try {
            index.commit();
            applied.forEach(change -> change.done().complete(null));
        } catch (RuntimeException e) {
            applied.forEach(change -> change.done().completeExceptionally(e));
        }
    }

    private void apply(IndexEntryChanged change) {
        Searchable source = sources.orderedStream().filter(s -> s.kind().equals(change.kind())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no index source for kind " + change.kind()));
        source.entry(change.id()).ifPresentOrElse(index::index, () -> index.remove(change.kind(), change.id()));
    }

    /** Lets the worker finish its batch; what is still queued stays incomplete and comes back at restart. */
    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        worker.join(TimeUnit.SECONDS.toMillis(30));
    }
}
