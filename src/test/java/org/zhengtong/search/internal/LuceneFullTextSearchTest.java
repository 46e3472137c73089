package org.zhengtong.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.Clearance;
import org.zhengtong.search.FullTextSearch.Entry;
import org.zhengtong.search.FullTextSearch.Hit;
import org.zhengtong.search.FullTextSearch.Query;
import org.zhengtong.search.FullTextSearch.Reader;
import org.zhengtong.search.Readers;

/** The index alone: Chinese words, the reader, the kind, units and fields filter, replace and remove, paging, words not syntax. */
class LuceneFullTextSearchTest {

    @TempDir Path dir;
    LuceneFullTextSearch search;
    final Map<String, Set<String>> alternatives = new HashMap<>();

    @BeforeEach
    void open() throws Exception {
        search = new LuceneFullTextSearch(new SearchProperties(dir), new PendingChanges(),
                text -> alternatives.getOrDefault(text, Set.of()));
        search.index(entry("document", 1, 10, "关于2026年度预算调整的请示", "请审批预算调整方案。", LocalDate.of(2026, 3, 1),
                Map.of("number", "财预〔2026〕1号")));
        search.index(entry("document", 2, 20, "关于城市供水管网改造的报告", "供水管网老化，需要改造。", null, Map.of()));
        search.index(entry("archive", 1, 10, "预算调整档案", "归档的预算调整材料", null, Map.of()));
    }

    @AfterEach
    void close() throws Exception {
        search.close();
    }

    @Test
    void findsByChineseWordsWithinKindAndUnits() {
        assertThat(ids(query("document", "预算调整", Set.of(), Map.of(), 0, 10))).containsExactly(1L);
        assertThat(ids(query("document", "预算调整", Set.of(20L), Map.of(), 0, 10))).isEmpty();
        assertThat(ids(query("document", "公路养护", Set.of(), Map.of(), 0, 10))).isEmpty();
        assertThat(ids(query("archive", "预算调整", Set.of(10L), Map.of(), 0, 10))).containsExactly(1L);
        assertThat(ids(query("document", "预算调整", Set.of(), Map.of("number", "财预〔2026〕2号"), 0, 10))).isEmpty();
        assertThat(ids(query("document", "预算调整", Set.of(), Map.of("number", "财预〔2026〕1号"), 0, 10)))
                .containsExactly(1L);
    }

    @Test
    void replacesRemovesAndPages() {
        search.index(entry("document", 2, 20, "关于防汛物资储备的请示", "<b>防汛</b>物资", null, Map.of()));
        assertThat(ids(query("document", "供水管网", Set.of(), Map.of(), 0, 10))).isEmpty();
        Hit hit = search.search(query("document", "防汛物资", Set.of(), Map.of(), 0, 10)).hits().get(0);
        assertThat(hit.snippet()).contains("<mark>").contains("&lt;b&gt;").doesNotContain("<b>");
        search.remove("document", 2);
        assertThat(ids(query("document", "防汛物资", Set.of(), Map.of(), 0, 10))).isEmpty();
        for (long id = 100; id < 130; id++) {
            search.index(entry("document", id, 10, "安全生产检查" + id, "安全生产", null, Map.of()));
        }
        var first = search.search(query("document", "安全生产", Set.of(), Map.of(), 0, 20));
        var second = search.search(query("document", "安全生产", Set.of(), Map.of(), 20, 20));
        assertThat(first.total()).isEqualTo(30);
        assertThat(first.hits()).hasSize(20);
        assertThat(second.hits()).hasSize(10);
        assertThat(first.hits()).noneMatch(h -> second.hits().stream().anyMatch(o -> o.id() == h.id()));
        search.removeAll("document");
        assertThat(search.search(query("document", "安全生产", Set.of(), Map.of(), 0, 20)).total()).isZero();
    }

    /** What a reader types is words: operators, quotes, wildcards and field names match as the words they are. */
    @Test
    void queryTextIsWordsNeverSyntax() {
        search.index(entry("document", 3, 10, "注入说明", "有人输入 x' OR '1'='1 试图查询全部", null, Map.of()));
        search.index(entry("document", 4, 10, "第1季度报告", "第1季度的工作", null, Map.of()));
        search.index(entry("document", 5, 10, "规则说明", "预算 NOT 调整 的写法", null, Map.of()));

        // OR is a word, not "x or 1": the report of the first quarter (which has 1) is no hit
        assertThat(ids(query("x' OR '1'='1"))).containsExactly(3L);
        // NOT is a word, not "预算 without 调整"
        assertThat(ids(query("预算 NOT 调整"))).containsExactly(5L);
        // AND is a word that no document has, not "供水 and 改造"
        assertThat(ids(query("供水 AND 改造"))).isEmpty();
        // quotes are no phrase: the words match in any order
        assertThat(ids(query("\"管网 供水\""))).containsExactly(2L);
        // a wildcard is no prefix search, a field name no field
        assertThat(ids(query("预*"))).isEmpty();
        assertThat(ids(query("title:供水"))).isEmpty();
        // only punctuation: nothing to look for
        assertThat(ids(query("'\"*:()"))).isEmpty();
    }

    @Test
    void aReaderFindsOnlyEntriesListingOneOfTheirTokensAndWhose密级TheirClearanceCovers() {
        search.index(new Entry("document", 7, 10, "涉密的防汛预案", "防汛预案", null, Classification.CONFIDENTIAL,
                Set.of(Readers.person("clerk"), Readers.role("UNIT_ADMIN", 10)), Map.of()));
        Query asClerk = new Query("document", "防汛预案", Set.of(), Map.of(),
                new Reader(Set.of(Readers.person("clerk"), Readers.unit(10)), Clearance.IMPORTANT), 0, 10);
        assertThat(ids(asClerk)).containsExactly(7L);
        Query clerkWithoutClearance = new Query("document", "防汛预案", Set.of(), Map.of(),
                new Reader(Set.of(Readers.person("clerk"), Readers.unit(10)), Clearance.GENERAL), 0, 10);
        assertThat(ids(clerkWithoutClearance)).isEmpty();
        Query colleague = new Query("document", "防汛预案", Set.of(), Map.of(),
                new Reader(Set.of(Readers.person("colleague"), Readers.unit(10)), Clearance.CORE), 0, 10);
        assertThat(ids(colleague)).isEmpty();
        // a name is a literal: a token that only looks like a wider one matches nothing
        Query lookalike = new Query("document", "防汛预案", Set.of(), Map.of(),
                new Reader(Set.of("person:*", "role:UNIT_ADMIN"), Clearance.CORE), 0, 10);
        assertThat(ids(lookalike)).isEmpty();
        Query unitAdmin = new Query(null, "防汛预案", Set.of(), Map.of(),
                new Reader(Set.of(Readers.role("UNIT_ADMIN", 10)), Clearance.CORE), 0, 10);
        assertThat(ids(unitAdmin)).containsExactly(7L);
    }

    /** A part of the text or one of its words may be said otherwise; the alternatives are phrases. */
    @Test
    void aWordIsFoundByItsAlternativesAsPhrases() {
        search.index(entry("document", 8, 10, "关于发展和改革委员会项目申报的通知", "请各单位申报。", null, Map.of()));
        search.index(entry("document", 9, 10, "委员会改革发展的意见", "不是那个委员会。", null, Map.of()));
        search.index(entry("document", 11, 10, "会议纪要", "出席：李晓明、王芳。", null, Map.of()));
        assertThat(ids(query("发改委"))).isEmpty();

        alternatives.put("发改委", Set.of("发展和改革委员会"));
        assertThat(ids(query("发改委"))).as("the words of the phrase in its order only").containsExactly(8L);
        assertThat(ids(query("发改委 申报"))).containsExactly(8L);
        assertThat(ids(query("发改委 纪要"))).as("each part still required").isEmpty();

        alternatives.put("lxm", Set.of("李晓明"));
        assertThat(ids(query("lxm"))).containsExactly(11L);
        Hit hit = search.search(query("lxm")).hits().get(0);
        assertThat(hit.snippet()).contains("<mark>");
    }

    @Test
    void thePeriodNarrowsToEntriesDatedInIt() {
        search.index(entry("document", 12, 10, "防汛演练通知", "防汛演练", LocalDate.of(2026, 6, 1), Map.of()));
        search.index(entry("document", 13, 10, "防汛演练总结", "防汛演练", LocalDate.of(2026, 9, 1), Map.of()));
        search.index(entry("document", 14, 10, "防汛演练方案", "防汛演练", null, Map.of()));
        assertThat(ids(period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30)))).containsExactly(12L);
        assertThat(ids(period(LocalDate.of(2026, 6, 1), null))).containsExactlyInAnyOrder(12L, 13L);
        assertThat(ids(period(null, LocalDate.of(2026, 8, 31)))).containsExactly(12L);
        assertThat(ids(period(null, null))).containsExactlyInAnyOrder(12L, 13L, 14L);
    }

    private static Query period(LocalDate from, LocalDate to) {
        return new Query("document", "防汛演练", Set.of(), from, to, Map.of(),
                new Reader(Set.of(Readers.unit(10)), Clearance.CORE), 0, 10);
    }

    @Test
    void withoutAKindEveryOwnersEntriesAreFound() {
        assertThat(search.search(query(null, "预算调整", Set.of(), Map.of(), 0, 10)).hits())
                .extracting(Hit::kind).containsExactlyInAnyOrder("document", "archive");
    }

    @Test
    void anOffsetAtTheEndOfTheIntRangeIsAnEmptyPage() {
        var results = search.search(query("document", "预算", Set.of(), Map.of(), Integer.MAX_VALUE, 20));
        assertThat(results.hits()).isEmpty();
        assertThat(results.total()).isEqualTo(1);
    }

    private static Query query(String text) {
        return query("document", text, Set.of(), Map.of(), 0, 10);
    }

    /** An unclassified entry that the people of its unit may find. */
    private static Entry entry(String kind, long id, long unitId, String title, String text, LocalDate date,
                               Map<String, String> fields) {
        return new Entry(kind, id, unitId, title, text, date, Classification.UNCLASSIFIED, Set.of(Readers.unit(unitId)),
                fields);
    }

    /** A query by someone of units 10 and 20 with core clearance: every entry above admits them. */
    private static Query query(String kind, String text, Set<Long> units, Map<String, String> fields, int offset,
                               int limit) {
        return new Query(kind, text, units, fields, new Reader(Set.of(Readers.unit(10), Readers.unit(20)),
                Clearance.CORE), offset, limit);
    }

    private java.util.List<Long> ids(Query query) {
        return search.search(query).hits().stream().map(Hit::id).toList();
    }
}
