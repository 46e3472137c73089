package org.zhengtong.search.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhengtong.search.FullTextSearch;

/**
 * Plain Lucene with SmartChineseAnalyzer (the Chinese word segmenter) for title and text; every search is for a
 * reader, who finds only entries listing one of their tokens and whose 密级 their clearance covers. One writer for the
 * application; readers get near-real-time searchers that a background task refreshes, and commits are batched
 * (every second when something changed, by the {@link IndexFeed} after each of its batches, and on shutdown) so
 * indexing stays cheap. The index is a cache of the owners' tables: it can always be rebuilt from them.
 */
@Component
class LuceneFullTextSearch implements FullTextSearch {

    private static final Logger log = LoggerFactory.getLogger(LuceneFullTextSearch.class);
    static final String KEY = "key", KIND = "kind", ID = "id", UNIT = "unit", TITLE = "title", TEXT = "text",
            DATE = "date", CLEARANCE = "clearance", READER = "reader", FIELD_PREFIX = "f.";
    private static final int SNIPPET_CHARS = 120;

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final QueryBuilder phrases = new QueryBuilder(analyzer);
    private final PendingChanges pending;
    private final QueryExpansion expansion;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService committer;
    private final AtomicBoolean dirty = new AtomicBoolean();
    /** Changes made to the writer so far, and how many of them the current searcher is known to see. */
    private final AtomicLong changes = new AtomicLong();
    private volatile long visibleChanges;

    LuceneFullTextSearch(SearchProperties properties, PendingChanges pending, QueryExpansion expansion)
            throws IOException {
        this.pending = pending;
        this.expansion = expansion;
        Path path = properties.indexDir();
        Files.createDirectories(path);
        directory = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(32);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
        committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "fulltext-commit");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(this::refreshAndCommit, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void index(Entry entry) {
        Document doc = new Document();
        String key = key(entry.kind(), entry.id());
        doc.add(new StringField(KEY, key, Field.Store.NO));
        doc.add(new StringField(KIND, entry.kind(), Field.Store.YES));
        doc.add(new StoredField(ID, entry.id()));
        doc.add(new LongPoint(UNIT, entry.unitId()));
        doc.add(new StoredField(UNIT, entry.unitId()));
        doc.add(new IntPoint(CLEARANCE, entry.classification().requiredClearance().ordinal()));
        entry.readers().forEach(reader -> doc.add(new StringField(READER, reader, Field.Store.NO)));
        doc.add(new TextField(TITLE, nullToEmpty(entry.title()), Field.Store.YES));
        doc.add(new TextField(TEXT, truncate(nullToEmpty(entry.text())), Field.Store.YES));
        if (entry.date() != null) {
            doc.add(new StoredField(DATE, entry.date().toString()));
            doc.add(new NumericDocValuesField(DATE, entry.date().toEpochDay()));
        }
        if (entry.fields() != null) {
            entry.fields().forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    doc.add(new StringField(FIELD_PREFIX + name, value, Field.Store.YES));
                }
            });
        }
        try {
            writer.updateDocument(new Term(KEY, key), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        changed();
    }

    @Override
    public void remove(String kind, long id) {
        try {
            writer.deleteDocuments(new Term(KEY, key(kind, id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        changed();
    }

    @Override
    public Results search(Query query) {
        if (query.text() == null || query.text().isBlank()) {
            return new Results(0, List.of());
        }
        org.apache.lucene.search.Query textQuery = textQuery(query.text().strip());
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .add(textQuery, BooleanClause.Occur.MUST)
                .add(readerQuery(query.reader()), BooleanClause.Occur.FILTER);
        if (query.kind() != null) {
            builder.add(new TermQuery(new Term(KIND, query.kind())), BooleanClause.Occur.FILTER);
        }
        if (query.unitIds() != null && !query.unitIds().isEmpty()) {
            builder.add(LongPoint.newSetQuery(UNIT, query.unitIds()), BooleanClause.Occur.FILTER);
        }
        if (query.from() != null || query.to() != null) {
            // on the doc values every entry has, so that no rebuild was needed; cheap behind the words' postings
            builder.add(NumericDocValuesField.newSlowRangeQuery(DATE,
                    query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay(),
                    query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay()), BooleanClause.Occur.FILTER);
        }
        if (query.fields() != null) {
            query.fields().forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    builder.add(new TermQuery(new Term(FIELD_PREFIX + name, value.strip())), BooleanClause.Occur.FILTER);
                }
            });
        }
        org.apache.lucene.search.Query full = builder.build();
        pending.awaitEarlierOnes();
        int offset = Math.max(0, query.offset());
        int limit = Math.max(1, Math.min(query.limit(), 500));
        try {
            // a reader sees what was indexed before the search (an NRT reopen only when something changed)
            refreshIfChanged();
            IndexSearcher searcher = searchers.acquire();
            try {
                // an offset near the end of the int range must not overflow into a negative count
                TopDocs top = searcher.search(full, (int) Math.min((long) offset + limit, Integer.MAX_VALUE));
                // counted exactly up to 1,000 hits (and at least up to the page), a lower bound beyond: enough to
                // tell whether another page follows, without counting a million hits of a common word
                long total = top.totalHits.value;
                Set<String> words = termsOf(textQuery);
                List<Hit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = offset; i < docs.length; i++) {
                    Document doc = searcher.storedFields().document(docs[i].doc);
                    String date = doc.get(DATE);
                    hits.add(new Hit(doc.get(KIND), doc.getField(ID).numericValue().longValue(),
                            doc.getField(UNIT).numericValue().longValue(), doc.get(TITLE),
                            Passages.of(doc.get(TEXT), words, SNIPPET_CHARS),
                            date == null ? null : LocalDate.parse(date)));
                }
                return new Results(total, hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void removeAll(String kind) {
        try {
            writer.deleteDocuments(new Term(KIND, kind));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        changed();
    }

    @Override
    public long count(String kind) {
        try {
            refreshIfChanged();
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.count(new TermQuery(new Term(KIND, kind)));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void changed() {
        changes.incrementAndGet();
        dirty.set(true);
    }

    @Override
    public void flush() {
        changed();
        refreshAndCommit();
    }

    /**
     * Reopens the searcher when changes were made since it was last reopened. A flag cleared by one thread before its
     * reopen finished let another thread search the old reader and miss what it had just indexed.
     */
    private void refreshIfChanged() throws IOException {
        long wanted = changes.get();
        if (visibleChanges >= wanted) {
            return;
        }
        synchronized (changes) {
            if (visibleChanges < wanted) {
                searchers.maybeRefreshBlocking();
                visibleChanges = Math.max(visibleChanges, wanted);
            }
        }
    }

    /** Makes every change made so far durable now. */
    synchronized void commit() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the entry is in the last commit on disk: what the index would hold if the process died now. */
    boolean isCommitted(String kind, long id) {
        try (DirectoryReader committed = DirectoryReader.open(directory)) {
            return new IndexSearcher(committed).count(new TermQuery(new Term(KEY, key(kind, id)))) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void refreshAndCommit() {
        if (!dirty.getAndSet(false)) {
            return;
        }
        try {
            refreshIfChanged();
            writer.commit();
        } catch (IOException | RuntimeException e) {
            dirty.set(true);
            log.warn("full-text index commit failed", e);
        }
    }

    /** Entries the reader holds a token of, and whose 密级 their clearance covers. */
    private static org.apache.lucene.search.Query readerQuery(Reader reader) {
        BooleanQuery.Builder anyToken = new BooleanQuery.Builder();
        reader.tokens().forEach(token -> anyToken.add(new TermQuery(new Term(READER, token)), BooleanClause.Occur.SHOULD));
        return new BooleanQuery.Builder()
                .add(anyToken.setMinimumNumberShouldMatch(1).build(), BooleanClause.Occur.FILTER)
                .add(IntPoint.newRangeQuery(CLEARANCE, 0, reader.clearance().ordinal()), BooleanClause.Occur.FILTER)
                .build();
    }

    /**
     * The reader's text is words, never query syntax: every word the analyzer finds in it must occur in the title
     * (weighted double) or the text. AND, OR, NOT, quotes, wildcards and {@code field:} are just more words; text
     * with no words at all (only punctuation) matches nothing. A part of the text (between spaces) or a word with
     * {@linkplain QueryExpansion alternatives} (synonyms, the names a pinyin stands for) is found by any of them, each
     * alternative as a phrase.
     */
    private org.apache.lucene.search.Query textQuery(String text) {
        BooleanQuery.Builder everyWord = new BooleanQuery.Builder();
        Set<String> required = new LinkedHashSet<>();
        for (String part : text.split("[\\s\\u3000]+")) {
            Set<String> partAlternatives = expansion.alternativesOf(part);
            if (!partAlternatives.isEmpty()) {
                everyWord.add(anyOf(words(part), partAlternatives), BooleanClause.Occur.MUST);
                continue;
            }
            for (String word : words(part)) {
                if (required.add(word)) {
                    Set<String> wordAlternatives = expansion.alternativesOf(word);
                    everyWord.add(wordAlternatives.isEmpty() ? inTitleOrText(word)
                            : anyOf(Set.of(word), wordAlternatives), BooleanClause.Occur.MUST);
                }
            }
        }
        return everyWord.build();
    }

    /** The typed words (all of them, anywhere in title or text) or any alternative (as a phrase). */
    private org.apache.lucene.search.Query anyOf(Set<String> typedWords, Set<String> alternatives) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (!typedWords.isEmpty()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            typedWords.forEach(word -> all.add(inTitleOrText(word), BooleanClause.Occur.MUST));
            any.add(all.build(), BooleanClause.Occur.SHOULD);
        }
        for (String alternative : alternatives) {
            // the analyzer's positions, so a phrase matches the text as it was segmented when indexed
            org.apache.lucene.search.Query inTitle = phrases.createPhraseQuery(TITLE, alternative);
            org.apache.lucene.search.Query inText = phrases.createPhraseQuery(TEXT, alternative);
            if (inTitle != null && inText != null) {
                any.add(new BooleanQuery.Builder()
                        .add(new BoostQuery(inTitle, 2f), BooleanClause.Occur.SHOULD)
                        .add(inText, BooleanClause.Occur.SHOULD)
                        .build(), BooleanClause.Occur.SHOULD);
            }
        }
        return any.build();
    }

    private static org.apache.lucene.search.Query inTitleOrText(String word) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(TITLE, word)), 2f), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(TEXT, word)), BooleanClause.Occur.SHOULD)
                .build();
    }


    private Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The index's terms of the query, in title or text: what a passage marks. */
    private static Set<String> termsOf(org.apache.lucene.search.Query query) {
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        Set<String> words = new HashSet<>();
        terms.forEach(term -> words.add(term.text()));
        return words;
    }

    @PreDestroy
    void close() throws IOException {
        committer.shutdownNow();
        dirty.set(true);
        refreshAndCommit();
        searchers.close();
        writer.close();
        directory.close();
    }

    private static String key(String kind, long id) {
        return kind + ":" + id;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String truncate(String text) {
        return text.length() > 100_000 ? text.substring(0, 100_000) : text;
    }
}
