package org.zhengtong.workflow;

import org.zhengtong.platform.BusinessRuleException;

/** A refused workflow action (not your task, already handled, nothing to withdraw…), with a message key. */
public class WorkflowException extends BusinessRuleException {

    public WorkflowException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
