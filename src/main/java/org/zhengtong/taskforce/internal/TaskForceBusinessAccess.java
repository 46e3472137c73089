package org.zhengtong.taskforce.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessAccess;

/**
 * The kit asks here before acting on a task's process: the reader must see the task (its group's readers, its
 * handler); a step is handed on (转交, 加签, reassignment) only within the handling unit or to the group's office.
 */
@Component
class TaskForceBusinessAccess implements BusinessAccess {

    private final AssignmentService assignments;
    private final TaskForceMemberRepository members;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;

    TaskForceBusinessAccess(AssignmentService assignments, TaskForceMemberRepository members, CurrentUsers currentUsers,
                            OrgDirectory directory) {
        this.assignments = assignments;
        this.members = members;
        this.currentUsers = currentUsers;
        this.directory = directory;
    }

    @Override
    public String module() {
        return "taskforce-task";
    }

    @Override
    @Transactional(readOnly = true)
    public void requireRead(String businessKey) {
        assignments.readable(assignments.byKey(businessKey).getId(), currentUsers.current());
    }

    @Override
    @Transactional(readOnly = true)
    public void requireAssignable(String businessKey, String username) {
        if (!assignable(businessKey, username)) {
            throw new BusinessRuleException("taskforce.error.assignee");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean assignable(String businessKey, String username) {
        TaskAssignment assignment = assignments.byKey(businessKey);
        return directory.person(username).filter(p -> p.unitId() == assignment.getUnitId()).isPresent()
                || members.existsByTaskForceIdAndUsernameAndMemberRoleIn(assignment.getTaskForceId(), username,
                MemberRole.OFFICE);
    }

    /** Every member of the group's office chases what the office handed out, not only the one who handed it. */
    @Override
    @Transactional(readOnly = true)
    public boolean mayUrge(String businessKey, String username) {
        return members.existsByTaskForceIdAndUsernameAndMemberRoleIn(assignments.byKey(businessKey).getTaskForceId(),
                username, MemberRole.OFFICE);
    }

    @Override
    public String link(String businessKey) {
        return "/taskforce/tasks/" + businessKey.substring(businessKey.indexOf(':') + 1);
    }
}
