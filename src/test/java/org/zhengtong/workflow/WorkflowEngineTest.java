package org.zhengtong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

/** The default 发文 process on the engine, with the organization resolving every handler. */
@IntegrationTest
class WorkflowEngineTest {

    @Autowired Workflow workflow;

    @Test
    void outgoingProcessWalksThroughTheFinanceBureau() {
        String pid = startOutgoing(List.of());
        TodoTask draft = only("czj.d1.clerk1", pid);
        assertThat(draft.name()).isEqualTo("拟稿");

        workflow.complete(draft.taskId(), "czj.d1.clerk1", "请审核", Map.of());
        TodoTask review = only("czj.d1.chief", pid);
        assertThat(review.name()).isEqualTo("部门审核");
        workflow.complete(review.taskId(), "czj.d1.chief", "同意", Map.of());

        TodoTask office = only("czj.office", pid);
        assertThat(office.name()).isEqualTo("办公室核稿");
        workflow.complete(office.taskId(), "czj.office", "核稿无误", Map.of());

        TodoTask sign = only("czj.head", pid);
        assertThat(sign.name()).isEqualTo("领导签发");
        workflow.complete(sign.taskId(), "czj.head", "同意印发", Map.of());

        for (String step : List.of("编号登记", "用印", "分发")) {
            TodoTask task = only("czj.secretary", pid);
            assertThat(task.name()).isEqualTo(step);
            workflow.complete(task.taskId(), "czj.secretary", null, Map.of());
        }
        assertThat(workflow.isEnded(pid)).isTrue();
        assertThat(workflow.history(pid)).extracting(HistoryStep::name)
                .containsSubsequence("发起", "拟稿", "部门审核", "办公室核稿", "领导签发", "编号登记", "用印", "分发", "办结");
        assertThat(workflow.history(pid).stream().flatMap(s -> s.remarks().stream()).map(HistoryStep.Remark::text))
                .contains("请审核", "同意", "核稿无误", "同意印发");
    }

    @Test
    void someoneElseCannotActOnMyTask() {
        String pid = startOutgoing(List.of());
        TodoTask draft = only("czj.d1.clerk1", pid);
        assertThatThrownBy(() -> workflow.complete(draft.taskId(), "czj.d1.clerk2", "x", Map.of()))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("workflow.error.notYourTask");
    }

    private String startOutgoing(List<String> countersigners) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("countersigners", countersigners);
        variables.put("signer", "czj.head");
        variables.put("stepDue", "P3D");
        return workflow.start("outgoing", "test:" + TestUsers.unique("doc"), "czj.d1.clerk1", variables);
    }

    private TodoTask only(String username, String pid) {
        List<TodoTask> mine = workflow.todo(username).stream().filter(t -> t.processInstanceId().equals(pid)).toList();
        assertThat(mine).as("open tasks of %s", username).hasSize(1);
        return mine.get(0);
    }
}
