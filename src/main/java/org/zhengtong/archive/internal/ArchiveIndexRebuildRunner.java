package org.zhengtong.archive.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --zhengtong.search.rebuild=true} (also the first start after a restore): the archive's items go into the
 * full-text index again beside the documents, before the application serves.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "zhengtong.search.rebuild", havingValue = "true")
class ArchiveIndexRebuildRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ArchiveIndexRebuildRunner.class);

    private final ArchiveIndex index;
    private final ArchiveItemRepository items;

    ArchiveIndexRebuildRunner(ArchiveIndex index, ArchiveItemRepository items) {
        this.index = index;
        this.items = items;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("full-text index: {} archive items indexed again", index.rebuild(items));
    }
}
