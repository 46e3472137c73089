package org.zhengtong.workflow;

/** The actions on a task or its process that the kit offers every module ({@link TaskActions}). */
public enum TaskAction {
    SEND, RETURN, REFUSE, TRANSFER, ADD_SIGNER, WITHDRAW, URGE, TERMINATE, REASSIGN
}
