package org.zhengtong.document.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.TodoList;
import org.zhengtong.workflow.TodoTask;

/** 编号登记: the 发文字号 (财预〔2026〕1号), once; a 发文 back at this step keeps its number. */
@Component
class NumberingStep extends DocumentStep {

    private final DocumentNumbering numbering;
    private final DocumentIndexer indexer;
    private final TodoList todo;
    private final AuditLog audit;

    NumberingStep(DocumentProcesses processes, DocumentNumbering numbering, DocumentIndexer indexer, TodoList todo,
                  AuditLog audit) {
        super(DocumentProcesses.OUTGOING, "numbering", processes);
        this.todo = todo;
        this.numbering = numbering;
        this.indexer = indexer;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> send(TodoTask task, TaskDecision decision) {
        OfficialDocument document = document(task);
        if (document.getNumberSerial() == null) {
            int year = numbering.currentYear();
            int serial = numbering.next(DocumentNumbering.sequenceKey(document.getIssuerCode(), year), document.getId());
            document.number(document.getIssuerCode(), year, serial,
                    DocumentNumbering.format(document.getIssuerCode(), year, serial));
            todo.describeAgain(document.businessKey());
            indexer.indexAfterCommit(document);
            audit.success("DOCUMENT_NUMBER", "document", document.getId(), document.getDocumentNumber());
        }
        return Map.of();
    }
}
