package org.zhengtong.archive.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.search.FullTextSearch;

/**
 * {@code --zhengtong.search.rebuild=true} (also the first start after a restore): every archived item goes into the
 * full-text index again beside the documents, before the application serves. Each batch is added the way archiving
 * adds an item, in a transaction of its own.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "zhengtong.search.rebuild", havingValue = "true")
class ArchiveIndexRebuildRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ArchiveIndexRebuildRunner.class);
    private static final int BATCH = 500;

    private final ObjectProvider<FullTextSearch> search;
    private final ArchiveIndex index;
    private final ArchiveItemRepository items;
    private final TransactionTemplate transactions;

    ArchiveIndexRebuildRunner(ObjectProvider<FullTextSearch> search, ArchiveIndex index, ArchiveItemRepository items,
                              TransactionTemplate transactions) {
        this.search = search;
        this.index = index;
        this.items = items;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        FullTextSearch fullText = search.getIfAvailable();
        if (fullText == null) {
            return;
        }
        fullText.removeAll(ArchiveIndex.KIND);
        long count = 0;
        Pageable page = PageRequest.of(0, BATCH, Sort.by("id"));
        Slice<ArchiveItem> slice;
        do {
            slice = items.findAll(page);
            List<ArchiveItem> batch = slice.getContent();
            transactions.executeWithoutResult(status -> batch.forEach(index::add));
            count += batch.size();
            page = page.next();
        } while (slice.hasNext());
        fullText.flush();
        log.info("full-text index: {} archive items indexed again", count);
    }
}
