package org.zhengtong.document.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --zhengtong.search.rebuild=true}: reindex every document at startup (after a bulk load, or when the index
 * directory was lost), before the application serves. The administrator's action does the same while it runs.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "zhengtong.search.rebuild", havingValue = "true")
class SearchIndexRebuildRunner implements ApplicationRunner {

    private final DocumentIndexer indexer;

    SearchIndexRebuildRunner(DocumentIndexer indexer) {
        this.indexer = indexer;
    }

    @Override
    public void run(ApplicationArguments args) {
        indexer.rebuild();
    }
}
