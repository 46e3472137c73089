package org.zhengtong.taskforce.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.NotFoundException;

/**
 * Who may do what with a coordination group. Reading: everyone it names (leading group, office, overseers, contacts),
 * the people of its working groups' units, and the 专项工作管理员. Editing its structure and handing out its tasks: its
 * office (主任, 副主任, staff) and the 专项工作管理员, only while it is active.
 */
@Component
class TaskForceAccess {

    private final TaskForceRepository taskForces;
    private final TaskForceMemberRepository members;

    TaskForceAccess(TaskForceRepository taskForces, TaskForceMemberRepository members) {
        this.taskForces = taskForces;
        this.members = members;
    }

    boolean mayManage(CurrentUser user) {
        return user.can(TaskForcePermissions.MANAGE);
    }

    boolean canRead(TaskForce taskForce, CurrentUser user) {
        return mayManage(user) || (user.unitId() != null
                && taskForces.involving(user.username(), user.unitId()).contains(taskForce.getId()));
    }

    boolean inOffice(TaskForce taskForce, CurrentUser user) {
        return members.existsByTaskForceIdAndUsernameAndMemberRoleIn(taskForce.getId(), user.username(),
                MemberRole.OFFICE);
    }

    boolean mayEdit(TaskForce taskForce, CurrentUser user) {
        return mayManage(user) || inOffice(taskForce, user);
    }

    TaskForce readable(long id, CurrentUser user) {
        TaskForce taskForce = taskForces.findById(id).orElseThrow(() -> new NotFoundException("taskforce", id));
        if (!canRead(taskForce, user)) {
            throw new AccessDeniedException("task force " + id + " is not visible to " + user.username());
        }
        return taskForce;
    }

    /** The group for a change: readable, the user in its office or 专项工作管理员, and still active. */
    TaskForce editable(long id, CurrentUser user) {
        TaskForce taskForce = readable(id, user);
        if (!mayEdit(taskForce, user)) {
            throw new AccessDeniedException(user.username() + " may not change task force " + id);
        }
        if (!taskForce.active()) {
            throw new BusinessRuleException("taskforce.error.closed");
        }
        return taskForce;
    }
}
