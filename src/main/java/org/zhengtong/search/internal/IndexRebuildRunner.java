package org.zhengtong.search.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --zhengtong.search.rebuild=true}: the whole index again from every owner's tables at startup (after a bulk
 * load, a restore, or when the index directory was lost), before the application serves.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "zhengtong.search.rebuild", havingValue = "true")
class IndexRebuildRunner implements ApplicationRunner {

    private final IndexRebuild rebuild;

    IndexRebuildRunner(IndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public void run(ApplicationArguments args) {
        rebuild.rebuildNow();
    }
}
