package org.zhengtong.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengtong.search.FullTextSearch.Entry;
import org.zhengtong.search.FullTextSearch.Hit;
import org.zhengtong.search.FullTextSearch.Query;

/** The index alone: Chinese words, the kind, units and fields filter, replace and remove, paging, escaping. */
class LuceneFullTextSearchTest {

    @TempDir Path dir;
    LuceneFullTextSearch search;

    @BeforeEach
    void open() throws Exception {
        search = new LuceneFullTextSearch(dir.toString(), new PendingChanges());
        search.index(new Entry("document", 1, 10, "关于2026年度预算调整的请示", "请审批预算调整方案。", LocalDate.of(2026, 3, 1),
                Map.of("number", "财预〔2026〕1号")));
        search.index(new Entry("document", 2, 20, "关于城市供水管网改造的报告", "供水管网老化，需要改造。", null, Map.of()));
        search.index(new Entry("archive", 1, 10, "预算调整档案", "归档的预算调整材料", null, Map.of()));
    }

    @AfterEach
    void close() throws Exception {
        search.close();
    }

    @Test
    void findsByChineseWordsWithinKindAndUnits() {
        assertThat(ids(new Query("document", "预算调整", Set.of(), Map.of(), 0, 10))).containsExactly(1L);
        assertThat(ids(new Query("document", "预算调整", Set.of(20L), Map.of(), 0, 10))).isEmpty();
        assertThat(ids(new Query("document", "公路养护", Set.of(), Map.of(), 0, 10))).isEmpty();
        assertThat(ids(new Query("archive", "预算调整", Set.of(10L), Map.of(), 0, 10))).containsExactly(1L);
        assertThat(ids(new Query("document", "预算调整", Set.of(), Map.of("number", "财预〔2026〕2号"), 0, 10))).isEmpty();
        assertThat(ids(new Query("document", "预算调整", Set.of(), Map.of("number", "财预〔2026〕1号"), 0, 10)))
                .containsExactly(1L);
    }

    @Test
    void replacesRemovesAndPages() {
        search.index(new Entry("document", 2, 20, "关于防汛物资储备的请示", "<b>防汛</b>物资", null, Map.of()));
        assertThat(ids(new Query("document", "供水管网", Set.of(), Map.of(), 0, 10))).isEmpty();
        Hit hit = search.search(new Query("document", "防汛物资", Set.of(), Map.of(), 0, 10)).hits().get(0);
        assertThat(hit.snippet()).contains("<mark>").contains("&lt;b&gt;").doesNotContain("<b>");
        search.remove("document", 2);
        assertThat(ids(new Query("document", "防汛物资", Set.of(), Map.of(), 0, 10))).isEmpty();
        for (long id = 100; id < 130; id++) {
            search.index(new Entry("document", id, 10, "安全生产检查" + id, "安全生产", null, Map.of()));
        }
        var first = search.search(new Query("document", "安全生产", Set.of(), Map.of(), 0, 20));
        var second = search.search(new Query("document", "安全生产", Set.of(), Map.of(), 20, 20));
        assertThat(first.total()).isEqualTo(30);
        assertThat(first.hits()).hasSize(20);
        assertThat(second.hits()).hasSize(10);
        assertThat(first.hits()).noneMatch(h -> second.hits().stream().anyMatch(o -> o.id() == h.id()));
        search.removeAll("document");
        assertThat(search.search(new Query("document", "安全生产", Set.of(), Map.of(), 0, 20)).total()).isZero();
    }

    private java.util.List<Long> ids(Query query) {
        return search.search(query).hits().stream().map(Hit::id).toList();
    }
}
