package org.zhengtong.document.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.TodoTask;

/** 签收: the secretary who signs for the 收文 registers it next ({@code clerk}). */
@Component
class SignInStep extends DocumentStep {

    private final CurrentUsers currentUsers;

    SignInStep(DocumentProcesses processes, CurrentUsers currentUsers) {
        super(DocumentProcesses.INCOMING, "signIn", processes);
        this.currentUsers = currentUsers;
    }

    @Override
    public Map<String, Object> send(TodoTask task, TaskDecision decision) {
        return Map.of("clerk", currentUsers.current().username());
    }
}
