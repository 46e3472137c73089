package org.zhengtong.workflow;

import java.util.List;

/**
 * What the task-action fragment ({@code workflow/task-actions}) shows on a business object's page for the current
 * user: their open task of its process with the step's choices and what they may do with it, and what they may do with
 * the process (withdraw, urge; terminate and reassign for workflow administrators). Built by
 * {@link TaskActions#panel}.
 *
 * @param task               the user's open task, or null
 * @param sendLabelKey       the message key of the send button (签发, 已阅…)
 * @param addedSignerForName who added the user as a signer (加签), or null
 * @param readingStep        the step is only read (传阅): no return, transfer or added signer
 * @param refusable          the template offers 退文 at this step
 * @param choicesId          the id of the element holding the step's choices ({@code office-review-choices})
 * @param colleagues         whom the task may be transferred to or added as a signer
 * @param reassignable       the open tasks an administrator may give to someone else
 * @param reassignTo         whom to
 */
public record TaskPanel(TodoTask task, String sendLabelKey, String addedSignerForName, boolean readingStep,
                        boolean refusable, List<StepChoice> choices, String choicesId,
                        List<Workflow.Step> returnTargets, List<StepChoice.Option> colleagues, boolean canWithdraw,
                        boolean canUrge, boolean canTerminate, List<TodoTask> reassignable,
                        List<StepChoice.Option> reassignTo) {

    /** Nothing to show: no running process, or nothing the user may do. */
    public static TaskPanel none() {
        return new TaskPanel(null, null, null, false, false, List.of(), null, List.of(), List.of(), false, false,
                false, List.of(), List.of());
    }

    public boolean addedSigner() {
        return addedSignerForName != null;
    }

    /** Whether any action on the whole process is offered. */
    public boolean processActions() {
        return canWithdraw || canUrge || canTerminate || !reassignable.isEmpty();
    }
}
