package org.zhengtong.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Roles;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.ProbeSearchable;
import org.zhengtong.search.Readers;

/**
 * The rebuild takes every kind again from its owner's tables: entries lost from the index (a 公文 and a probe's
 * entry) are found again afterwards, and a record its owner cannot give is left out and counted while the rest of
 * its batch is indexed.
 */
@IntegrationTest
class IndexRebuildTest {

    @Autowired IndexRebuild rebuild;
    @Autowired LuceneFullTextSearch index;
    @Autowired ProbeSearchable probes;
    @Autowired DocumentService documents;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService accounts;

    @Test
    void everyKindIsTakenAgainFromItsOwner() {
        long document = new DocumentFixtures(documents, directory, accounts)
                .draft("czj.d1.clerk1", "关于重建索引探针的请示", "<p>城市更新专项资金拨付</p>").getId();
        long probe = System.nanoTime();
        String probeTitle = TestUsers.unique("重建探针");
        probes.put(probe, probeTitle, 0);
        // the draft reaches the index through the feed first; a search waits for it
        assertThat(hits("document", "城市更新专项资金", Readers.person("czj.d1.clerk1"))).contains(document);
        index.removeAll("document");
        index.removeAll(ProbeSearchable.KIND);
        index.flush();
        assertThat(hits("document", "城市更新专项资金", Readers.person("czj.d1.clerk1"))).doesNotContain(document);

        assertThat(rebuild.rebuildNow()).isTrue();

        assertThat(hits("document", "城市更新专项资金", Readers.person("czj.d1.clerk1"))).contains(document);
        assertThat(hits(ProbeSearchable.KIND, probeTitle, Readers.role(Roles.SYSTEM_ADMIN))).containsExactly(probe);
        IndexRebuild.Progress progress = rebuild.progress();
        assertThat(progress.running()).isFalse();
        assertThat(progress.failure()).isNull();
        assertThat(progress.indexed()).containsKeys("document", "notice", "meeting", ProbeSearchable.KIND);
        assertThat(progress.indexed().get("document")).isEqualTo(index.count("document")).isPositive();
    }

    @Test
    void aRecordItsOwnerCannotGiveIsLeftOutAndTheRestOfItsBatchIndexed() {
        long broken = System.nanoTime();
        long sound = broken + 1;
        String title = TestUsers.unique("批次探针");
        probes.put(broken, title + "甲", 1_000);
        probes.put(sound, title, 0);

        assertThat(rebuild.rebuildNow()).isTrue();

        assertThat(rebuild.progress().skipped()).isPositive();
        assertThat(rebuild.progress().failure()).isNull();
        assertThat(hits(ProbeSearchable.KIND, title, Readers.role(Roles.SYSTEM_ADMIN))).contains(sound)
                .doesNotContain(broken);
        probes.put(broken, title + "甲", 0);
    }

    private List<Long> hits(String kind, String words, String readerToken) {
        return index.search(new FullTextSearch.Query(kind, words, Set.of(), Map.of(),
                        new FullTextSearch.Reader(Set.of(readerToken), Clearance.NONE), 0, 50)).hits()
                .stream().map(FullTextSearch.Hit::id).toList();
    }
}
