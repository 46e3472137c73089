package org.zhengtong.document.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.search.Search;

/**
 * 公文检索: the one search ({@link Search}) narrowed to documents and their metadata (文号, 密级), which already
 * holds only documents the reader may open ({@link DocumentIndexer#readable}); here they are loaded for the page.
 */
@Service
@Transactional(readOnly = true)
public class DocumentSearch {

    public static final int PAGE_SIZE = Search.PAGE_SIZE;
    /** How far into the hits a page may start ({@link Page#next()} of an earlier page). */
    public static final int MAX_AFTER = Search.MAX_AFTER;

    private final Search search;
    private final DocumentRepository documents;

    DocumentSearch(Search search, DocumentRepository documents) {
        this.search = search;
        this.documents = documents;
    }

    /**
     * @param after how many hits earlier pages already went through ({@link Page#next()} of the last one)
     */
    public Page search(String text, Map<String, String> fields, int after) {
        Search.Page page = search.search(text, DocumentIndexer.KIND, fields, after);
        Map<Long, OfficialDocument> byId = documents.findByIdIn(page.items().stream().map(Search.Found::id).toList())
                .stream().collect(Collectors.toMap(OfficialDocument::getId, Function.identity()));
        List<Found> found = page.items().stream().filter(f -> byId.containsKey(f.id()))
                .map(f -> new Found(byId.get(f.id()), f.snippet())).toList();
        return new Page(found, page.next());
    }


    /** A readable document and the highlighted passage (HTML-escaped, with {@code <mark>} around the words). */
    public record Found(OfficialDocument document, String snippet) {
    }

    /** @param next where the next page starts, or -1 on the last page */
    public record Page(List<Found> items, int next) {
    }
}
