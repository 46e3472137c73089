package org.zhengtong.document.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhengtong.search.FullTextSearch;

/**
 * Feeds the full-text index with documents: after the transaction that created or changed one commits (never
 * before: a rolled-back draft must not be found), and all of them from the table on a rebuild.
 */
@Component
class DocumentIndexer {

    static final String KIND = "document";
    private static final Logger log = LoggerFactory.getLogger(DocumentIndexer.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int BATCH = 2000;

    private final FullTextSearch search;
    private final JdbcTemplate jdbc;

    DocumentIndexer(FullTextSearch search, JdbcTemplate jdbc) {
        this.search = search;
        this.jdbc = jdbc;
    }

    /** Indexes the document as it stands when the current transaction commits (once, however often it changed). */
    void indexAfterCommit(OfficialDocument document) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            index(document);
            return;
        }
        @SuppressWarnings("unchecked")
        Map<Long, OfficialDocument> pending = (Map<Long, OfficialDocument>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Map<Long, OfficialDocument> batch = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(this, batch);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    batch.values().forEach(DocumentIndexer.this::index);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DocumentIndexer.this);
                }
            });
            pending = batch;
        }
        pending.put(document.getId(), document);
    }

    private void index(OfficialDocument document) {
        try {
            LocalDate date = document.getIssueDate() != null ? document.getIssueDate()
                    : document.getCreatedAt() == null ? null : LocalDate.ofInstant(document.getCreatedAt(), ZONE);
            search.index(entry(document.getId(), document.getUnitId(), document.getTitle(), document.getBodyHtml(), date,
                    document.getDocumentNumber(), document.getRegistrationNumber(), document.getClassification().name()));
        } catch (RuntimeException e) {
            // the document is saved; a missed entry comes back with the next change or a rebuild
            log.warn("could not index document {}", document.getId(), e);
        }
    }

    /**
     * Every document again from the table, in id order and batches; returns how many. One thread reads, the others
     * (as many as there are processors, at most four) segment and index, since the Chinese analysis is the slow part.
     */
    long rebuild() {
        long started = System.nanoTime();
        search.removeAll(KIND);
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(workers * 2), new ThreadPoolExecutor.CallerRunsPolicy());
        List<Future<?>> pending = new ArrayList<>();
        long lastId = 0;
        long count = 0;
        try {
            while (true) {
                List<Long> ids = jdbc.queryForList("select id from doc_document where id > ? order by id fetch first "
                        + BATCH + " rows only", Long.class, lastId);
                if (ids.isEmpty()) {
                    break;
                }
                List<FullTextSearch.Entry> raw = new ArrayList<>(ids.size());
                jdbc.query("select id, unit_id, title, body_html, issue_date, created_at, document_number,"
                        + " registration_number, classification from doc_document where id between ? and ?", rs -> {
                    Timestamp created = rs.getTimestamp("created_at");
                    java.sql.Date issued = rs.getDate("issue_date");
                    LocalDate date = issued != null ? issued.toLocalDate()
                            : created == null ? null : LocalDate.ofInstant(created.toInstant(), ZONE);
                    // the body goes as HTML here; the workers take the text out
                    raw.add(new FullTextSearch.Entry(KIND, rs.getLong("id"), rs.getLong("unit_id"), rs.getString("title"),
                            rs.getString("body_html"), date, fields(rs.getString("document_number"),
                            rs.getString("registration_number"), rs.getString("classification"))));
                }, ids.get(0), ids.get(ids.size() - 1));
                for (var it = pending.iterator(); it.hasNext(); ) {
                    Future<?> future = it.next();
                    if (future.isDone()) {
                        future.get();
                        it.remove();
                    }
                }
                pending.add(pool.submit(() -> raw.forEach(e -> search.index(new FullTextSearch.Entry(e.kind(), e.id(),
                        e.unitId(), e.title(), text(e.text()), e.date(), e.fields())))));
                count += ids.size();
                lastId = ids.get(ids.size() - 1);
                if (count % 100_000 < BATCH) {
                    log.info("full-text index: {} documents so far", count);
                }
            }
            for (Future<?> future : pending) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("rebuild failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        search.flush();
        log.info("full-text index rebuilt: {} documents in {} s", count, (System.nanoTime() - started) / 1_000_000_000);
        return count;
    }

    private static FullTextSearch.Entry entry(long id, long unitId, String title, String bodyHtml, LocalDate date,
                                              String number, String registrationNumber, String classification) {
        return new FullTextSearch.Entry(KIND, id, unitId, title, text(bodyHtml), date,
                fields(number, registrationNumber, classification));
    }

    private static Map<String, String> fields(String number, String registrationNumber, String classification) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (number != null) {
            fields.put("number", number);
        }
        if (registrationNumber != null) {
            fields.put("registrationNumber", registrationNumber);
        }
        fields.put("classification", classification);
        return fields;
    }

    private static String text(String bodyHtml) {
        return bodyHtml == null || bodyHtml.isBlank() ? "" : Jsoup.parse(bodyHtml).text();
    }
}
