package org.zhengtong.workflow;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The module's work at one step of one of its templates (by {@link ProcessTemplate#key()} and BPMN activity id),
 * registered as a Spring bean. The kit calls it when the step's handler sends it on — after checking that they may
 * see the business object and hold the task, and before the engine moves on — and for the choices the step offers.
 * Steps without a handler are plain approvals. An added signer (加签) sending the task back does not reach it.
 */
public interface StepHandler {

    String template();

    String activityId();

    /** What the step's handler chooses when sending on (the next handlers), with the options for this task. */
    default List<StepChoice> choices(TodoTask task) {
        return List.of();
    }

    /**
     * The step's own work, in the send's transaction; refuses by throwing. Returns the process variables the task is
     * completed with (the chosen next handlers…).
     */
    Map<String, Object> send(TodoTask task, TaskDecision decision);

    /** A step whose handler offers no choices and does {@code send}'s work when sent on. */
    static StepHandler of(String template, String activityId,
                          BiFunction<TodoTask, TaskDecision, Map<String, Object>> send) {
        return new StepHandler() {
            @Override
            public String template() {
                return template;
            }

            @Override
            public String activityId() {
                return activityId;
            }

            @Override
            public Map<String, Object> send(TodoTask task, TaskDecision decision) {
                return send.apply(task, decision);
            }
        };
    }
}
