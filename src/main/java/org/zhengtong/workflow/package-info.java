/**
 * The workflow kit, the Flowable bridge (architecture principle 1; ADR 11): every approval in the product runs as a BPMN
 * process whose business key is {@code <module>:<id>}. A module registers its {@link
 * org.zhengtong.workflow.ProcessTemplate}s, the {@link org.zhengtong.workflow.StepHandler}s doing its steps' work and
 * a {@link org.zhengtong.workflow.BusinessAccess} answering who may see and handle its objects; the kit gives every
 * module alike the start, the to-do list, the task actions ({@link org.zhengtong.workflow.TaskActions}: send on,
 * return, transfer, add a signer, withdraw, urge, terminate, reassign — on pages through the {@code
 * workflow/task-actions} fragment and in the API under {@code /api/v1/tasks}), the history, the process designer,
 * delegation (代办) and urging (督办). This package is the API; it names no module's concepts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package org.zhengtong.workflow;
