package org.zhengtong.workflow.internal;

import java.util.Date;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.ManagementService;
import org.flowable.engine.impl.persistence.entity.CommentEntity;
import org.flowable.engine.impl.persistence.entity.CommentEntityManager;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.impl.util.TaskHelper;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

/**
 * The only place that touches Flowable's implementation classes ({@code org.flowable..impl..}); everything else uses
 * the engine's public API. Each method does one thing no public API of Flowable 7.2 does without changing what
 * happens, and says why. {@code EngineImplConfinementTest} keeps it that way.
 */
final class EngineInternals {

    private EngineInternals() {
    }

    /**
     * The engine's current user, as {@code TaskService.addComment} and the process's initiator see it.
     * {@code IdentityService} sets it ({@code setAuthenticatedUserId}) but has no getter: only
     * {@link Authentication} reads it.
     */
    static String authenticatedUserId() {
        return Authentication.getAuthenticatedUserId();
    }

    /**
     * Hands a task to someone else from inside the engine's own task event (代办 at assignment time), the way the
     * engine assigns a task itself: the assignee changes on the task and its history, the assignee's participant
     * link is added and {@code TASK_ASSIGNED} fires. {@link DelegateTask#setAssignee} only sets the field (no
     * history, no event), and {@code TaskService.setAssignee} in a nested command also writes an "AddUserLink"
     * event comment into the process's record, which delegation never did.
     */
    static void changeAssignee(DelegateTask task, String assignee) {
        TaskHelper.changeTaskAssignee((TaskEntity) task, assignee);
    }

    /**
     * Writes a comment on a process that may have ended (a 退文 recorded on the sender's finished 发文), at the
     * application's time. {@code TaskService.addComment} refuses a process without a running execution and stamps the
     * engine's clock; {@code TaskService.saveComment} only updates an existing comment; no public API inserts one.
     */
    static void insertProcessComment(ManagementService management, String processInstanceId, String author,
                                     String type, Date time, String text) {
        management.executeCommand(context -> {
            CommentEntityManager comments = CommandContextUtil.getCommentEntityManager(context);
            CommentEntity comment = comments.create();
            comment.setProcessInstanceId(processInstanceId);
            comment.setUserId(author);
            comment.setType(type);
            comment.setTime(time);
            comment.setAction("AddComment");
            comment.setFullMessage(text);
            comments.insert(comment);
            return null;
        });
    }
}
