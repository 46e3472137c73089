package org.zhengtong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;

/** 退回, 转交, 加签, 撤回, 代办 and the race of two people on one task, on the default 发文 process. */
@IntegrationTest
class WorkflowActionsTest {

    @Autowired Workflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired AsUser asUser;

    @Test
    void returnGoesBackToAnEarlierStepAndItsHandler() {
        String pid = startAtOfficeReview();
        TodoTask review = only("czj.office", pid);
        assertThat(workflow.returnTargets(review.taskId(), "czj.office")).extracting(Workflow.Step::activityId)
                .containsExactly("draft", "deptReview");
        assertThatThrownBy(() -> workflow.returnTo(review.taskId(), "czj.office", "draft", " "))
                .hasMessageContaining("workflow.error.reasonRequired");

        workflow.returnTo(review.taskId(), "czj.office", "draft", "请补充依据");
        assertThat(only("czj.d1.clerk1", pid).name()).isEqualTo("拟稿");
        assertThat(mine("czj.office", pid)).isEmpty();
        assertThat(remarks(pid, "return")).containsExactly("请补充依据");
    }

    @Test
    void returnToAStepNotTakenIsRefused() {
        String pid = startAtOfficeReview();
        TodoTask review = only("czj.office", pid);
        assertThatThrownBy(() -> workflow.returnTo(review.taskId(), "czj.office", "signOff", "x"))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("workflow.error.returnTarget");
        assertThat(only("czj.office", pid).taskId()).isEqualTo(review.taskId());
    }

    @Test
    void transferHandsTheTaskOverWithoutANewStep() {
        String pid = start();
        workflow.complete(only("czj.d1.clerk1", pid).taskId(), "czj.d1.clerk1", null, Map.of());
        TodoTask review = only("czj.d1.chief", pid);

        workflow.transfer(review.taskId(), "czj.d1.chief", "czj.d1.clerk2", "出差，请代为审核");
        TodoTask transferred = only("czj.d1.clerk2", pid);
        assertThat(transferred.taskId()).isEqualTo(review.taskId());
        assertThat(mine("czj.d1.chief", pid)).isEmpty();
        assertThat(remarks(pid, "transfer")).hasSize(1);
        assertThatThrownBy(() -> workflow.transfer(transferred.taskId(), "czj.d1.clerk2", "nobody.here", null))
                .hasMessageContaining("workflow.error.unknownPerson");
    }

    @Test
    void anAddedSignerHandlesFirstThenTheTaskComesBack() {
        String pid = startAtOfficeReview();
        TodoTask review = only("czj.office", pid);
        workflow.addSigner(review.taskId(), "czj.office", "czj.d2.chief", "请国库科先提意见");

        TodoTask signing = only("czj.d2.chief", pid);
        assertThat(signing.addedSignerFor()).isEqualTo("czj.office");
        assertThat(mine("czj.office", pid)).isEmpty();
        workflow.complete(signing.taskId(), "czj.d2.chief", "国库科无意见", Map.of());

        TodoTask back = only("czj.office", pid);
        assertThat(back.name()).isEqualTo("办公室核稿");
        workflow.complete(back.taskId(), "czj.office", "核稿", Map.of());
        assertThat(only("czj.head", pid).name()).isEqualTo("领导签发");
    }

    @Test
    void withdrawWorksUntilTheNextHandlerActs() {
        String pid = start();
        workflow.complete(only("czj.d1.clerk1", pid).taskId(), "czj.d1.clerk1", "请审核", Map.of());
        assertThatThrownBy(() -> workflow.withdraw(pid, "czj.d1.chief"))
                .hasMessageContaining("workflow.error.nothingToWithdraw");

        workflow.withdraw(pid, "czj.d1.clerk1");
        assertThat(only("czj.d1.clerk1", pid).name()).isEqualTo("拟稿");
        assertThat(mine("czj.d1.chief", pid)).isEmpty();

        workflow.complete(only("czj.d1.clerk1", pid).taskId(), "czj.d1.clerk1", "再次提交", Map.of());
        TodoTask review = only("czj.d1.chief", pid);
        workflow.addSigner(review.taskId(), "czj.d1.chief", "czj.d1.clerk2", "请先核对数字");
        assertThatThrownBy(() -> workflow.withdraw(pid, "czj.d1.clerk1"))
                .hasMessageContaining("workflow.error.alreadyActed");
    }

    @Test
    void delegatedTasksGoToTheDeputyOnlyInsideTheWindow() {
        jdbc.update("insert into wf_delegation (from_username, to_username, starts_at, ends_at, reason, created_at)"
                        + " values ('czj.d2.chief', 'czj.d2.clerk1', ?, ?, '出差', ?)",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofHours(1))),
                java.sql.Timestamp.from(clock.instant().plus(Duration.ofDays(2))),
                java.sql.Timestamp.from(clock.instant()));
        try {
            String pid = startAtOfficeReview();
            workflow.complete(only("czj.office", pid).taskId(), "czj.office", "请会签",
                    Map.of("countersigners", List.of("czj.d2.chief", "czj.d3.chief")));
            TodoTask delegated = only("czj.d2.clerk1", pid);
            assertThat(delegated.name()).isEqualTo("会签");
            assertThat(delegated.delegatedFrom()).isEqualTo("czj.d2.chief");
            assertThat(mine("czj.d2.chief", pid)).isEmpty();
            assertThat(only("czj.d3.chief", pid).delegatedFrom()).isNull();

            clock.advance(Duration.ofDays(3));
            String later = startAtOfficeReview();
            workflow.complete(only("czj.office", later).taskId(), "czj.office", "请会签",
                    Map.of("countersigners", List.of("czj.d2.chief")));
            assertThat(only("czj.d2.chief", later).delegatedFrom()).isNull();
        } finally {
            clock.reset();
            jdbc.update("delete from wf_delegation where from_username = 'czj.d2.chief'");
        }
    }

    @Test
    void twoPeopleCompletingTheSameTaskAtOnceExactlyOneWins() throws Exception {
        String pid = start();
        TodoTask draft = only("czj.d1.clerk1", pid);
        List<Object> outcomes = race(2, () -> {
            workflow.complete(draft.taskId(), "czj.d1.clerk1", "提交", Map.of());
            return "ok";
        });
        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof WorkflowException).hasSize(1)
                .first().extracting(o -> ((WorkflowException) o).messageKey()).isEqualTo("workflow.error.alreadyHandled");
        assertThat(only("czj.d1.chief", pid).name()).isEqualTo("部门审核");
    }

    @Test
    void twoCandidatesClaimingOneIncomingDocumentExactlyOneWins() throws Exception {
        long unitId = jdbc.queryForObject("select id from org_unit where code = 'szfb'", Long.class);
        Map<String, Object> variables = new HashMap<>(Map.of("unitId", unitId, "stepDue", "P3D",
                "handlers", List.of(), "readers", List.of(), "refused", false));
        String pid = workflow.start("incoming", "test:" + TestUsers.unique("in"), "czj.secretary", variables);
        TodoTask signIn = only("szfb.secretary", pid);
        // szfb.office stands in as a second candidate, as a second secretary would
        jdbc.update("insert into act_ru_identitylink (id_, rev_, type_, user_id_, task_id_) values (?, 1, 'candidate', 'szfb.office', ?)",
                TestUsers.unique("link"), signIn.taskId());

        List<String> candidates = List.of("szfb.secretary", "szfb.office");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> futures = new ArrayList<>();
        for (String candidate : candidates) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    workflow.complete(signIn.taskId(), candidate, null, Map.of("clerk", candidate));
                    return candidate;
                } catch (WorkflowException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            outcomes.add(future.get());
        }
        pool.shutdown();
        assertThat(outcomes).filteredOn(o -> o instanceof String).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof WorkflowException).hasSize(1);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private String start() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("countersigners", List.of());
        variables.put("signer", "czj.head");
        variables.put("stepDue", "P3D");
        return workflow.start("outgoing", "test:" + TestUsers.unique("doc"), "czj.d1.clerk1", variables);
    }

    private String startAtOfficeReview() {
        String pid = start();
        workflow.complete(only("czj.d1.clerk1", pid).taskId(), "czj.d1.clerk1", null, Map.of());
        workflow.complete(only("czj.d1.chief", pid).taskId(), "czj.d1.chief", null, Map.of());
        return pid;
    }

    private List<TodoTask> mine(String username, String pid) {
        return workflow.todo(username).stream().filter(t -> t.processInstanceId().equals(pid)).toList();
    }

    private TodoTask only(String username, String pid) {
        List<TodoTask> mine = mine(username, pid);
        assertThat(mine).as("open tasks of %s", username).hasSize(1);
        return mine.get(0);
    }

    private List<String> remarks(String pid, String type) {
        return workflow.history(pid).stream().flatMap(s -> s.remarks().stream())
                .filter(r -> r.type().equals(type)).map(HistoryStep.Remark::text).toList();
    }

    /** Runs the same work on {@code threads} threads released together; returns each result or exception. */
    private List<Object> race(int threads, Callable<Object> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    return work.call();
                } catch (WorkflowException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            outcomes.add(future.get());
        }
        pool.shutdown();
        return outcomes;
    }
}
