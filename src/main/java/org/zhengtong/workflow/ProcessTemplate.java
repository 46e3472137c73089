package org.zhengtong.workflow;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhengtong.platform.BusinessRuleException;

/**
 * A kind of process a module runs on the engine, registered as a Spring bean by that module: its BPMN, the steps
 * whose work the module does (so an administrator's design or import must keep them), the steps that are only read,
 * what the process designer offers for it, and the variables every start must bring. The module does the work of
 * its steps in {@link StepHandler}s and answers who may see and handle its business objects through
 * {@link BusinessAccess}; the kit (start, to-do, the task actions, the designer) does the rest alike for every module.
 *
 * <p>Texts come from the message bundles: the template's name is the message {@link #nameKey()}; a designable
 * template's fixed steps around the designed ones are {@code <nameKey>.before} and {@code <nameKey>.after}, and each
 * {@link DesignStep}'s label is {@code designer.step.<code>}.
 */
public interface ProcessTemplate {

    /**
     * The template's key, stored with every design made for it; also the key of the process in {@link #bpmnResource()},
     * which runs when no design applies.
     */
    String key();

    /** The message key of the template's name (发文, 收文…). */
    default String nameKey() {
        return "process." + key();
    }

    /** The product's process, {@code classpath:} relative ({@code document/outgoing.bpmn20.xml}), deployed at start. */
    String bpmnResource();

    /** Activity ids of the user tasks the module's handlers work on: every design and imported file keeps them. */
    List<String> fixedSteps();

    /** Steps that are only read and marked as read (传阅): no return, transfer or added signer there. */
    default Set<String> readingSteps() {
        return Set.of();
    }

    /**
     * Steps at which something arrives at a unit from outside (签收 of a 收文): their new tasks are announced as
     * 文件到达提醒, a reminder kind of its own, rather than as ordinary new tasks.
     */
    default Set<String> arrivalSteps() {
        return Set.of();
    }

    /** The variables every start of the process must bring, with their types; others may be added. */
    default List<StartVariable> startVariables() {
        return List.of();
    }

    /**
     * How long a designed step without a deadline of its own is due in (督办 watches it), unless the start passes its
     * own {@code stepDue} (公文 takes its urgency's, 信访 the 条例's deadline).
     */
    default Duration stepTime() {
        return DEFAULT_STEP_TIME;
    }

    /** A 平件's step time. */
    Duration DEFAULT_STEP_TIME = Duration.ofDays(3);

    /** What the process designer offers for this template; empty when administrators do not design it. */
    default Optional<Design> design() {
        return Optional.empty();
    }

    /** The message key of the send button's label at a step (签发, 已阅…); the plain 发送 by default. */
    default String sendLabelKey(String activityId) {
        return "workflow.action.send";
    }

    /**
     * Told before an action on a task of this template's process, in the action's transaction: refuses it by
     * throwing (a {@link BusinessRuleException} with the reason), e.g. no return once sealed.
     */
    default void beforeAction(TaskAction action, TodoTask task) {
    }

    /**
     * Told after an action on a process of this template, in the action's transaction, so the business object keeps
     * in step: its status when the process ended, what a return undoes…
     */
    default void afterAction(ActionDone done) {
    }

    /** Whether {@link #refuse} is offered at this task (the page shows 退文 there). */
    default boolean offersRefusal(TodoTask task) {
        return false;
    }

    /**
     * Refuses the business object back at this task with a reason (退文) and ends the process, where the template
     * offers it; by default no step does.
     */
    default void refuse(TodoTask task, String reason) {
        throw new WorkflowException("workflow.error.noRefusal");
    }

    /**
     * For {@link #refuse}: the reason, stripped, when this task offers a refusal and a reason is given; otherwise
     * refused with the template's own messages ({@code notHereKey}: not at this step, {@code noReasonKey}: no reason).
     */
    default String refusalReason(TodoTask task, String reason, String notHereKey, String noReasonKey) {
        if (!offersRefusal(task)) {
            throw new BusinessRuleException(notHereKey);
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException(noReasonKey);
        }
        return reason.strip();
    }

    /**
     * {@link #refuse} as approvals usually offer it: where {@link #offersRefusal} says so and with a reason, the
     * process ends refused at the task ({@link Workflow#endRefused}). Refusals are the module's
     * {@code <messagePrefix>.refuseNotHere} and {@code <messagePrefix>.refuseReason}.
     *
     * @return the reason, stripped, for the module to record on its object
     */
    default String endRefused(Workflow workflow, String username, TodoTask task, String reason,
                              String messagePrefix) {
        String why = refusalReason(task, reason, messagePrefix + ".refuseNotHere", messagePrefix + ".refuseReason");
        workflow.endRefused(task.taskId(), username, why);
        return why;
    }

    /**
     * An action done: on which business object and process, and on which task ({@code null} for the actions on the
     * whole process: withdraw, urge, terminate). {@code ended} when the process has ended with it.
     */
    record ActionDone(TaskAction action, String businessKey, String processInstanceId, TodoTask task, boolean ended) {
    }

    /** A process variable the start sets: its name, its type, and whether it may be left out. */
    record StartVariable(String name, Class<?> type, boolean required) {

        public static StartVariable required(String name, Class<?> type) {
            return new StartVariable(name, type, true);
        }

        public static StartVariable optional(String name, Class<?> type) {
            return new StartVariable(name, type, false);
        }
    }

    /**
     * What the designer offers: the BPMN frame whose {@value #PLACEHOLDER} element the designed steps replace, the
     * codes a design is scoped and conditioned on (each with the process variable holding it), the unit whose people
     * handle designed steps ({@code unitVariable}, or null for the initiator's own unit, where the initiator's
     * department head and leader in charge can be chosen too), and the module's steps a designed node may play.
     *
     * @param classifications 密级 codes, lowest first: a condition "at least X" takes X and every code after it
     */
    record Design(String frame, Codes types, Codes classifications, Codes urgencies, String unitVariable,
                  List<DesignStep> steps) {

        /** The id of the frame's element that the designed steps replace (one flow in, one flow out). */
        public static final String PLACEHOLDER = "designed";

        public Optional<DesignStep> step(String code) {
            return steps.stream().filter(s -> s.code().equals(code)).findFirst();
        }
    }

    /** Codes (of a process variable) with their labels, in order. */
    record Codes(String variable, Map<String, String> labels) {
    }

    /**
     * A step of the module a designed node may play: the node then takes the step's activity id, and the module's
     * handler does its work.
     *
     * @param code               what the designer posts and stores ({@code SIGN_OFF})
     * @param chosenVariable     when its handler may be a person chosen earlier, the variable naming them, else null
     * @param chosenAt           the code of the step that must come earlier to choose them, or null
     * @param required           every design has it, unconditionally
     * @param countersignVariable when the people in this variable countersign (会签) right after it, else null
     */
    record DesignStep(String code, String activityId, String chosenVariable, String chosenAt, boolean required,
                      String countersignVariable) {
    }
}
