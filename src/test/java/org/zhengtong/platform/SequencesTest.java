package org.zhengtong.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

/** The kernel's gapless counters, on the test database (H2, or PostgreSQL with -Ppostgres). */
@IntegrationTest
class SequencesTest {

    private static final int THREADS = 16;
    private static final int EACH = 25;

    @Autowired Sequences sequences;
    @Autowired TransactionTemplate transactions;

    @Test
    void sixteenThreadsAtOnceTakeUniqueGaplessValuesStartingWithTheRaceForTheFirstRow() throws Exception {
        String key = TestUsers.unique("并发") + "/2026";
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<List<Integer>>> takers = IntStream.range(0, THREADS).<Callable<List<Integer>>>mapToObj(t -> () -> {
                start.await();
                List<Integer> taken = new ArrayList<>();
                for (int i = 0; i < EACH; i++) {
                    taken.add(transactions.execute(status -> sequences.next("test.sequence", key)));
                }
                return taken;
            }).toList();
            List<Integer> values = new ArrayList<>();
            for (Future<List<Integer>> taken : pool.invokeAll(takers)) {
                values.addAll(taken.get());
            }
            assertThat(values).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, THREADS * EACH).boxed().toList());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aRolledBackValueIsGivenAgainAndNamesAndKeysCountApart() {
        String key = TestUsers.unique("回滚") + "/2026";
        assertThat(next("test.sequence", key)).isEqualTo(1);
        transactions.executeWithoutResult(status -> {
            assertThat(sequences.next("test.sequence", key)).isEqualTo(2);
            status.setRollbackOnly();
        });
        assertThat(next("test.sequence", key)).isEqualTo(2);
        int locked = transactions.execute(status -> sequences.lock("test.sequence", key));
        assertThat(locked).isEqualTo(2);
        assertThat(next("test.other", key)).isEqualTo(1);
        assertThat(next("test.sequence", key + "/b")).isEqualTo(1);
    }

    @Test
    void aFailureOtherThanTheFirstRowRacePropagates() {
        String tooLong = "键".repeat(200);
        assertThatThrownBy(() -> next("test.sequence", tooLong))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void aValueIsTakenOnlyInTheCallersTransaction() {
        assertThatThrownBy(() -> sequences.next("test.sequence", TestUsers.unique("无事务")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private int next(String name, String key) {
        return transactions.execute(status -> sequences.next(name, key));
    }
}
