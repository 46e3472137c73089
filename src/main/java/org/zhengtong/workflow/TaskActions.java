package org.zhengtong.workflow;

import java.util.List;

/**
 * The actions on tasks of registered templates, the same for every module, behind its pages and API
 * ({@code /api/v1/tasks/{taskId}/…}). Each first asks the owning module ({@link BusinessAccess}) whether the current
 * user may see the business object the caller acts on, then checks that the task or process belongs to it, then
 * acts as the current user; the template and the step's {@link StepHandler} do the module's part in the same
 * transaction. A refusal changes nothing.
 */
public interface TaskActions {

    /** The business key of the process of a task, open or done; a {@link WorkflowException} when there is none. */
    String businessKeyOf(String taskId);

    /** The process instance of a task, open or done. */
    String processOf(String taskId);

    /** The current user's open task of the object's process, if they may act on it. */
    TodoTask task(String businessKey, String taskId);

    /** The choices of the task's step (the next handlers to choose), for its handler. */
    List<StepChoice> choices(String businessKey, String taskId);

    /** Send on: the step's own work, the opinion, then the engine moves on. */
    void send(String businessKey, String taskId, TaskDecision decision);

    List<Workflow.Step> returnTargets(String businessKey, String taskId);

    /** 退回 to an earlier step, with an opinion. */
    void returnTo(String businessKey, String taskId, String targetActivityId, String opinion);

    /** 退文: refuses the object back where its template offers it, with a reason. */
    void refuse(String businessKey, String taskId, String reason);

    /** 转交 to a person the object's module lets handle it. */
    void transfer(String businessKey, String taskId, String toUsername, String opinion);

    /** 加签: the signer handles the task first, then it comes back. */
    void addSigner(String businessKey, String taskId, String signerUsername, String opinion);

    /** 撤回 the user's last step of the process. */
    void withdraw(String businessKey, String processInstanceId);

    /** 催办 the handlers of the process's open tasks. */
    void urge(String businessKey, String processInstanceId, String message);

    /** Administrators: end the process. */
    void terminate(String businessKey, String processInstanceId, String reason);

    /** Administrators: give an open task to someone else. */
    void reassign(String businessKey, String taskId, String toUsername);

    /**
     * What the current user may do on the object's page with its process ({@code null} or ended: nothing), after
     * the access check.
     */
    TaskPanel panel(String businessKey, String processInstanceId);

    /** Whether a task of this step is only read (传阅). */
    boolean readingStep(TodoTask task);
}
