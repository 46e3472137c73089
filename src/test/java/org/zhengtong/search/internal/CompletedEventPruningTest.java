package org.zhengtong.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.Classification;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OutgoingForm;
import org.zhengtong.platform.internal.CompletedEventPruning;
import org.zhengtong.search.IndexEntryChanged;
import org.zhengtong.search.IndexStatus;
import org.zhengtong.search.ProbeSearchable;

/**
 * The pruning job deletes publications completed longer ago than the retention and nothing else: recently completed
 * ones stay, and an incomplete one — however old — stays counted in the index lag the administrators see and is
 * still delivered when resubmitted.
 */
@IntegrationTest
class CompletedEventPruningTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired CompletedEventPruning pruning;
    @Autowired IndexStatus status;
    @Autowired LuceneFullTextSearch index;
    @Autowired ProbeSearchable probes;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired IncompleteEventPublications incompleteEvents;
    @Autowired DocumentService documents;
    @Autowired AsUser as;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Value("${zhengtong.events.completed-retention}") Duration retention;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onlyPublicationsCompletedBeforeTheRetentionAreDeleted() {
        long document = draft();
        await().atMost(WAIT).until(() -> publications("document", document, false) > 0
                && publications("document", document, true) == 0);
        long failing = System.nanoTime();
        probes.put(failing, TestUsers.unique("积压探针"), 1);
        change(failing);
        await().atMost(WAIT).until(() -> probes.loads(failing) == 1);
        long lag = status.lag().pendingChanges();

        clock.advance(retention.plusHours(1));
        long recent = failing + 1;
        probes.put(recent, TestUsers.unique("近期探针"), 0);
        change(recent);
        await().atMost(WAIT).until(() -> index.isCommitted(ProbeSearchable.KIND, recent)
                && publications(ProbeSearchable.KIND, recent, true) == 0);
        pruning.prune();

        assertThat(publications("document", document, false)).as("completed before the retention").isZero();
        assertThat(publications(ProbeSearchable.KIND, recent, false)).as("completed within it").isEqualTo(1);
        assertThat(publications(ProbeSearchable.KIND, failing, true)).as("incomplete").isEqualTo(1);
        assertThat(status.lag().pendingChanges()).isEqualTo(lag);

        incompleteEvents.resubmitIncompletePublications(publication -> publication.getEvent()
                instanceof IndexEntryChanged change && change.id() == failing);
        await().atMost(WAIT).until(() -> publications(ProbeSearchable.KIND, failing, true) == 0);
        assertThat(index.isCommitted(ProbeSearchable.KIND, failing)).isTrue();
    }

    private long draft() {
        long cityOffice = jdbc.queryForObject("select id from org_unit where code = 'szfb'", Long.class);
        String title = "关于" + TestUsers.unique("清理") + "的请示";
        return as.call("czj.d1.clerk1", () -> documents.draftOutgoing(new OutgoingForm(DocumentType.REQUEST, title,
                Classification.UNCLASSIFIED, null, Urgency.NORMAL, List.of(cityOffice), List.of(), "财预", "<p>正文</p>",
                null))).getId();
    }

    private void change(long probe) {
        transactions.executeWithoutResult(tx -> events.publishEvent(new IndexEntryChanged(ProbeSearchable.KIND, probe)));
    }

    /** The index feed's publications of the entry: all, or only the incomplete ones. */
    private long publications(String kind, long id, boolean incompleteOnly) {
        return jdbc.queryForObject("select count(*) from event_publication where listener_id = ? and serialized_event"
                + " like ?" + (incompleteOnly ? " and completion_date is null" : ""), Long.class, IndexFeed.LISTENER_ID,
                "%\"kind\":\"" + kind + "\",\"id\":" + id + "}%");
    }
}
