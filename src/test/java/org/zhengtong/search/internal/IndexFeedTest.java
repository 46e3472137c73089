package org.zhengtong.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentSearch;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OutgoingForm;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.Roles;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.IndexEntryChanged;
import org.zhengtong.search.ProbeSearchable;
import org.zhengtong.search.Readers;

/**
 * The index follows its owners' committed changes through the event publication registry: a change counts as done
 * only once the index has committed it to disk, a change whose indexing failed is indexed when resubmitted, and one
 * lost with the last uncommitted batch (kill -9) comes back when the publications are resubmitted at restart.
 */
@IntegrationTest
class IndexFeedTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired LuceneFullTextSearch index;
    @Autowired IndexFeed feed;
    @Autowired ProbeSearchable probes;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired IncompleteEventPublications incompleteEvents;
    @Autowired JdbcTemplate jdbc;
    @Autowired DocumentService documents;
    @Autowired DocumentSearch documentSearch;
    @Autowired AsUser as;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void anEntryWhoseIndexingFailedIsIndexedWhenResubmittedAndTheLagShowsMeanwhile() throws Exception {
        long id = System.nanoTime();
        String title = TestUsers.unique("防汛物资探针");
        probes.put(id, title, 1);
        long lagBefore = feed.lag().pendingChanges();

        transactions.executeWithoutResult(tx -> events.publishEvent(new IndexEntryChanged(ProbeSearchable.KIND, id)));
        await().atMost(WAIT).until(() -> probes.loads(id) == 1);
        assertThat(probeHits(title)).isEmpty();
        assertThat(incomplete(ProbeSearchable.KIND, id)).isEqualTo(1);
        assertThat(feed.lag().pendingChanges()).isGreaterThan(lagBefore);
        assertThat(feed.lag().oldestChange()).isNotNull();
        assertThat(mvc.perform(get("/documents/search").with(users.as("sysadmin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("id=\"search-lag\"", "项变更尚未写入索引");

        incompleteEvents.resubmitIncompletePublications(publication -> isChangeOf(publication.getEvent(),
                ProbeSearchable.KIND, id));
        await().atMost(WAIT).until(() -> incomplete(ProbeSearchable.KIND, id) == 0);
        assertThat(probeHits(title)).containsExactly(id);
        assertThat(index.isCommitted(ProbeSearchable.KIND, id)).isTrue();
    }

    @Test
    void aDocumentLostWithTheLastUncommittedBatchIsIndexedAgainAtRestart() {
        long id = draft("关于" + TestUsers.unique("供水") + "的请示", "<p>城市供水管网改造方案</p>");

        // done means on disk: once the publication is complete, a crash would not lose the entry
        await().atMost(WAIT).until(() -> incomplete("document", id) == 0);
        assertThat(index.isCommitted("document", id)).isTrue();
        assertThat(found("供水管网")).contains(id);

        // the state a kill -9 leaves when the batch was applied but not yet committed: no entry, publication open
        index.remove("document", id);
        index.commit();
        jdbc.update("update event_publication set completion_date = null where listener_id = ? and "
                + "serialized_event like ?", IndexFeed.LISTENER_ID, "%\"kind\":\"document\",\"id\":" + id + "}%");
        assertThat(found("供水管网")).doesNotContain(id);

        // what spring.modulith.events.republish-outstanding-events-on-restart does at start
        incompleteEvents.resubmitIncompletePublications(publication -> true);
        await().atMost(WAIT).until(() -> incomplete("document", id) == 0);
        assertThat(found("供水管网")).contains(id);
        assertThat(index.isCommitted("document", id)).isTrue();
    }

    private long draft(String title, String body) {
        long cityOffice = jdbc.queryForObject("select id from org_unit where code = 'szfb'", Long.class);
        return as.call("czj.d1.clerk1", () -> documents.draftOutgoing(new OutgoingForm(DocumentType.REQUEST, title,
                Classification.UNCLASSIFIED, null, Urgency.NORMAL, List.of(cityOffice), List.of(), "财预", body,
                null))).getId();
    }

    /** The ids on every page the drafter gets for the words. */
    private List<Long> found(String words) {
        List<Long> ids = new ArrayList<>();
        for (int after = 0; after >= 0; ) {
            int from = after;
            DocumentSearch.Page page = as.call("czj.d1.clerk1", () -> documentSearch.search(words, Map.of(), from));
            page.items().forEach(found -> ids.add(found.document().getId()));
            after = page.next();
        }
        return ids;
    }

    private List<Long> probeHits(String title) {
        return index.search(new FullTextSearch.Query(ProbeSearchable.KIND, title, Set.of(), Map.of(),
                        new FullTextSearch.Reader(Set.of(Readers.role(Roles.SYSTEM_ADMIN)), Clearance.NONE), 0, 10)).hits()
                .stream().map(FullTextSearch.Hit::id).toList();
    }

    private long incomplete(String kind, long id) {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
                + " and listener_id = ? and serialized_event like ?", Long.class, IndexFeed.LISTENER_ID,
                "%\"kind\":\"" + kind + "\",\"id\":" + id + "}%");
    }

    private static boolean isChangeOf(Object event, String kind, long id) {
        return event instanceof IndexEntryChanged change && change.kind().equals(kind) && change.id() == id;
    }
}
