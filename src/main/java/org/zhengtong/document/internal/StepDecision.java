package org.zhengtong.document.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhengtong.workflow.TaskDecision;

/**
 * What a handler decides when sending a document on: the opinion, and where the process lets them choose, the
 * next handlers (会签 people and 签发 leader at 核稿; the 批办 leader at 拟办; 承办 departments and 传阅 readers at 批办).
 * The document API's body for sending on; the same as the workflow kit's {@link TaskDecision} with these choices.
 */
public record StepDecision(String opinion, List<String> countersigners, String signer, String leader,
                           List<Long> handlingDepartments, List<String> readers) {

    public static StepDecision opinion(String opinion) {
        return new StepDecision(opinion, List.of(), null, null, List.of(), List.of());
    }

    /** The decision as the step handlers read it, by the names of their choices. */
    public TaskDecision toTaskDecision() {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        choices.put("countersigners", orEmpty(countersigners));
        choices.put("signer", signer == null ? List.of() : List.of(signer));
        choices.put("leader", leader == null ? List.of() : List.of(leader));
        choices.put("handlingDepartments", orEmpty(handlingDepartments).stream().map(String::valueOf).toList());
        choices.put("readers", orEmpty(readers));
        return new TaskDecision(opinion, choices);
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
