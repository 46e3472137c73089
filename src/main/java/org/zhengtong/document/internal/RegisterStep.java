package org.zhengtong.document.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.TodoList;
import org.zhengtong.workflow.TodoTask;

/** 登记: the 收文编号 of the receiving unit (收〔2026〕1号), once. */
@Component
class RegisterStep extends DocumentStep {

    private final DocumentNumbering numbering;
    private final DocumentIndexer indexer;
    private final TodoList todo;

    RegisterStep(DocumentProcesses processes, DocumentNumbering numbering, DocumentIndexer indexer, TodoList todo) {
        super(DocumentProcesses.INCOMING, "register", processes);
        this.todo = todo;
        this.numbering = numbering;
        this.indexer = indexer;
    }

    @Override
    public Map<String, Object> send(TodoTask task, TaskDecision decision) {
        OfficialDocument document = document(task);
        if (document.getRegistrationNumber() == null) {
            int year = numbering.currentYear();
            int serial = numbering.next("收:" + document.getUnitId() + "/" + year, document.getId());
            document.setRegistrationNumber(DocumentNumbering.format("收", year, serial));
            todo.describeAgain(document.businessKey());
            indexer.indexAfterCommit(document);
        }
        return Map.of();
    }
}
