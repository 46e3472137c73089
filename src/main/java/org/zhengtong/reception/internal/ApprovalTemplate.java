package org.zhengtong.reception.internal;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.workflow.ProcessTemplate;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * 公务接待审批 ({@code reception/approval.bpmn20.xml}): the plan goes to the leader in charge of the registrar's
 * department; 同意 is the kit's send, which arranges the reception; 不同意 (the kit's refusal, with a reason) ends the
 * process and sends the reception back to 登记 with the reason; a process ended by an administrator does the same.
 */
@Component
class ApprovalTemplate implements ProcessTemplate {

    private final ReceptionService service;
    private final Workflow workflow;
    private final CurrentUsers currentUsers;

    ApprovalTemplate(ReceptionService service, Workflow workflow, CurrentUsers currentUsers) {
        this.service = service;
        this.workflow = workflow;
        this.currentUsers = currentUsers;
    }

    @Override
    public String key() {
        return ReceptionService.PROCESS;
    }

    @Override
    public String bpmnResource() {
        return "reception/approval.bpmn20.xml";
    }

    @Override
    public List<String> fixedSteps() {
        return List.of(ReceptionService.APPROVE);
    }

    @Override
    public List<StartVariable> startVariables() {
        return List.of(StartVariable.required("unitId", Long.class), StartVariable.required("receptionId", Long.class));
    }

    @Override
    public String sendLabelKey(String activityId) {
        return "reception.action.approve";
    }

    @Override
    public boolean offersRefusal(TodoTask task) {
        return ReceptionService.APPROVE.equals(task.activityId()) && task.addedSignerFor() == null;
    }

    @Override
    public void refuse(TodoTask task, String reason) {
        String why = refusalReason(task, reason, "reception.error.refuseOnlyAtApproval", "reception.error.refuseReason");
        workflow.complete(task.taskId(), currentUsers.current().username(), why, Map.of("approved", false));
        service.refusedByProcess(task.businessKey(), why);
    }

    @Override
    public void afterAction(ActionDone done) {
        switch (done.action()) {
            case SEND -> {
                if (done.ended()) {
                    service.approvedByProcess(done.businessKey());
                }
            }
            case TERMINATE -> service.endedByProcess(done.businessKey());
            default -> {
            }
        }
    }
}
