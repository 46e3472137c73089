package org.zhengtong.document.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.TodoTask;

/** 领导签发: the signer and the date of writing (成文日期) go on the 发文; its content is fixed from now (ADR 8). */
@Component
class SignOffStep extends DocumentStep {

    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    SignOffStep(DocumentProcesses processes, OrgDirectory directory, CurrentUsers currentUsers, Clock clock) {
        super(DocumentProcesses.OUTGOING, "signOff", processes);
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> send(TodoTask task, TaskDecision decision) {
        OfficialDocument document = document(task);
        String signer = currentUsers.current().username();
        document.setSigner(signer, directory.nameOf(signer));
        document.setIssueDate(LocalDate.now(clock));
        return Map.of();
    }
}
