package org.zhengtong.workflow;

import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The workflow engine as the modules use it. Every method checks that the acting user may act. */
public interface Workflow {

    /**
     * Optional process variable: the name of the {@link org.zhengtong.platform.Clearance} a handler must hold (set
     * by modules whose processes carry classified content). Delegation (代办) never passes a task to a delegate below it.
     */
    String REQUIRED_CLEARANCE = "requiredClearance";

    /** The longest 催办 message, on every page and in the API. */
    int MAX_URGE_MESSAGE = 200;

    /** Starts the process deployed under {@code processKey}; returns the process instance id. */
    String start(String processKey, String businessKey, String initiator, Map<String, Object> variables);

    /** The user's open tasks (assigned, candidate, or added as signer), most urgent and overdue first. */
    List<TodoTask> todo(String username);

    /** Tasks the user completed, newest first. */
    List<DoneTask> done(String username, int limit);

    /** Processes the user started (我发起的), running and ended, newest first. */
    List<StartedProcess> started(String username, int limit);

    /** The business key of a process, running or ended, if it has one. */
    Optional<String> businessKey(String processInstanceId);

    /** An open task, if the user may act on it; otherwise a {@link WorkflowException}. */
    TodoTask task(String taskId, String username);

    /** The open tasks of a process (where it is now). */
    List<TodoTask> openTasks(String processInstanceId);

    /** Send on: records the opinion and completes the task (or, for an added signer, hands it back). */
    void complete(String taskId, String username, String opinion, Map<String, Object> variables);

    /** 退回: to an earlier step; the steps allowed are {@link #returnTargets}. */
    void returnTo(String taskId, String username, String targetActivityId, String opinion);

    List<Step> returnTargets(String taskId, String username);

    /** 转交: another person takes this task over, without a new step. */
    void transfer(String taskId, String username, String toUsername, String opinion);

    /** 加签: the signer handles the task first, then it comes back to the user. */
    void addSigner(String taskId, String username, String signerUsername, String opinion);

    /** 撤回: takes back the user's last step while the next handler has not acted on it yet. */
    void withdraw(String processInstanceId, String username);

    /** 催办: reminds the handlers of the process's open tasks. */
    void urge(String processInstanceId, String username,
              @Size(max = MAX_URGE_MESSAGE, message = "{validation.size}") String message);

    /**
     * 不同意 at a step whose template offers a refusal ({@link ProcessTemplate#refuse}): the handler's reason is
     * recorded as the step's opinion and the process ends there, whatever steps a design put after it.
     */
    void endRefused(String taskId, String username, String reason);

    /** Administrators: end a process. */
    void terminate(String processInstanceId, String administrator, String reason);

    /**
     * Records a remark of {@code type} on a process, running or ended, shown in its history as a process record:
     * e.g. a 退文 reported back to the 发文 whose process ended with 分发.
     */
    void recordOnProcess(String processInstanceId, String author, String type, String text);

    /**
     * Moves a deadline of a running process: sets the date variable its later steps take their due date from, and
     * moves the open tasks that were due at the variable's old value to the new one (a 信访 case's 办理 deadline
     * extended after approval). The caller has decided who may; the change is audited.
     */
    void moveDeadline(String processInstanceId, String variable, java.util.Date due);

    /** Administrators: give an open task to someone else. */
    void reassign(String taskId, String administrator, String toUsername);

    /** Every step taken and open, in order, with handlers, times and opinions. */
    List<HistoryStep> history(String processInstanceId);

    /**
     * {@link #history(String)} as an object's page shows it (the fragment {@code workflow/trail}): handlers by name,
     * only the opinions that say something. The caller has checked that the reader may see the object.
     */
    List<TrailStep> trail(String processInstanceId);

    /** Usernames of everyone who took part (initiator, handlers, candidates, signers). */
    List<String> participants(String processInstanceId);

    /** {@link #participants(String)} of many processes at once (a rebuild of a module's search entries). */
    Map<String, Set<String>> participants(Collection<String> processInstanceIds);

    /** Whether the process has ended. */
    boolean isEnded(String processInstanceId);

    /** The process diagram as PNG with the open steps highlighted. */
    byte[] diagram(String processInstanceId);

    /** A step of a process definition. */
    record Step(String activityId, String name) {
    }
}
