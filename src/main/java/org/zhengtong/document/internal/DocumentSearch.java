package org.zhengtong.document.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Roles;
import org.zhengtong.search.FullTextSearch;

/**
 * 公文检索: the index narrows to the reader's unit (every unit for a system administrator), then each hit is checked
 * like an open of the document ({@link DocumentAccess}), in batches, so a page holds only documents the reader may
 * read and the next page starts where this one stopped.
 */
@Service
@Transactional(readOnly = true)
public class DocumentSearch {

    public static final int PAGE_SIZE = 20;
    /** How far into the hits a page may start ({@link Page#next()} of an earlier page). */
    public static final int MAX_AFTER = 100_000;
    /** How deep into the unit-scoped hits one page may look for readable ones. */
    private static final int MAX_SCANNED = 2000;
    /**
     * Hits asked of the index at a time: a page's worth, since each hit's snippet is segmented and highlighted
     * (the costly part of a search) whether or not the reader may open it.
     */
    private static final int BATCH = PAGE_SIZE;

    private final FullTextSearch search;
    private final DocumentRepository documents;
    private final DocumentAccess access;
    private final DocumentIndexer indexer;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    DocumentSearch(FullTextSearch search, DocumentRepository documents, DocumentAccess access, DocumentIndexer indexer,
                   CurrentUsers currentUsers, AuditLog audit) {
        this.search = search;
        this.documents = documents;
        this.access = access;
        this.indexer = indexer;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    /**
     * @param after how many unit-scoped hits earlier pages already went through ({@link Page#next()} of the last one)
     */
    public Page search(String text, Map<String, String> fields, int after) {
        CurrentUser user = currentUsers.current();
        if (text == null || text.isBlank() || text.length() > 200) {
            return new Page(List.of(), -1);
        }
        Set<Long> units = user.hasRole(Roles.SYSTEM_ADMIN) ? Set.of()
                : user.unitId() == null ? null : Set.of(user.unitId());
        if (units == null) {
            return new Page(List.of(), -1);
        }
        List<Found> found = new ArrayList<>();
        int position = Math.max(0, after);
        int scanned = 0;
        while (found.size() < PAGE_SIZE && scanned < MAX_SCANNED) {
            FullTextSearch.Results results = search.search(new FullTextSearch.Query(DocumentIndexer.KIND, text.strip(),
                    units, fields == null ? Map.of() : fields, position, BATCH));
            List<FullTextSearch.Hit> hits = results.hits();
            if (hits.isEmpty()) {
                return new Page(found, -1);
            }
            Map<Long, OfficialDocument> byId = documents.findByIdIn(hits.stream().map(FullTextSearch.Hit::id).toList())
                    .stream().collect(Collectors.toMap(OfficialDocument::getId, Function.identity()));
            for (FullTextSearch.Hit hit : hits) {
                position++;
                scanned++;
                OfficialDocument document = byId.get(hit.id());
                if (document != null && access.canRead(document, user)) {
                    found.add(new Found(document, hit.snippet()));
                    if (found.size() == PAGE_SIZE) {
                        return new Page(found, position < results.total() ? position : -1);
                    }
                }
            }
            if (position >= results.total()) {
                return new Page(found, -1);
            }
        }
        return new Page(found, position);
    }

    /** Reindexes every document from the table: after a bulk load or a lost index directory. */
    @Transactional(readOnly = true)
    public long rebuildIndex() {
        CurrentUser user = currentUsers.current();
        if (!user.hasRole(Roles.SYSTEM_ADMIN)) {
            throw new AccessDeniedException(user.username() + " may not rebuild the search index");
        }
        long count = indexer.rebuild();
        audit.success("SEARCH_INDEX_REBUILD", "document", null, count + " documents");
        return count;
    }

    /** A readable document and the highlighted passage (HTML-escaped, with {@code <mark>} around the words). */
    public record Found(OfficialDocument document, String snippet) {
    }

    /** @param next where the next page starts, or -1 on the last page */
    public record Page(List<Found> items, int next) {
    }
}
