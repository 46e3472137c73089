package org.zhengtong.document.internal;

import org.zhengtong.workflow.StepHandler;
import org.zhengtong.workflow.TodoTask;

/** A step of a document process whose work the document module does when it is sent on. */
abstract class DocumentStep implements StepHandler {

    private final String template;
    private final String activityId;
    final DocumentProcesses processes;

    DocumentStep(String template, String activityId, DocumentProcesses processes) {
        this.template = template;
        this.activityId = activityId;
        this.processes = processes;
    }

    @Override
    public String template() {
        return template;
    }

    @Override
    public String activityId() {
        return activityId;
    }

    /** The task's document; the kit checked that the current user may read it and holds the task. */
    OfficialDocument document(TodoTask task) {
        return processes.document(task.businessKey());
    }
}
