package org.zhengtong.document.internal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengtong.document.internal.layout.OfficialRenderer;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.FileStore;
import org.zhengtong.seal.Seals;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.TodoTask;

/**
 * 用印: the unit's valid 公章, applied by one of its custodians to the red-header 公文 as PDF and OFD; both sealed
 * files are stored and served from then on instead of a fresh rendering.
 */
@Component
class SealStep extends DocumentStep {

    private final Seals seals;
    private final AttachmentRepository attachments;
    private final OfficialRenderer renderer;
    private final FileStore files;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final Clock clock;

    SealStep(DocumentProcesses processes, Seals seals, AttachmentRepository attachments, OfficialRenderer renderer,
             FileStore files, CurrentUsers currentUsers, AuditLog audit, Clock clock) {
        super(DocumentProcesses.OUTGOING, "seal", processes);
        this.seals = seals;
        this.attachments = attachments;
        this.renderer = renderer;
        this.files = files;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> send(TodoTask task, TaskDecision decision) {
        OfficialDocument document = document(task);
        if (document.isSealed()) {
            return Map.of(); // back at 用印 after a 撤回: the sealed files stay as they were signed
        }
        String username = currentUsers.current().username();
        Seals.SealRef seal = seals.activeSeal(document.getUnitId())
                .orElseThrow(() -> new BusinessRuleException("document.error.noActiveSeal"));
        if (!seals.isCustodian(seal.id(), username)) {
            throw new BusinessRuleException("document.error.notSealCustodian", seal.name());
        }
        List<String> attached = attachments.findByDocumentIdOrderByIdAsc(document.getId()).stream()
                .map(Attachment::getFileName).toList();
        OfficialRenderer.Output output = renderer.pdfAndOfd(document, attached, seal.diameterMm());
        byte[] pdf = seals.signPdf(seal.id(), username, output.pdf(), output.seal());
        byte[] ofd = seals.signOfd(seal.id(), username, output.ofd(), output.seal());
        String pdfKey = files.store(new ByteArrayInputStream(pdf)).key();
        String ofdKey = files.store(new ByteArrayInputStream(ofd)).key();
        document.recordSealedOutput(seal.id(), username, clock.instant(), pdfKey, ofdKey);
        audit.success("DOCUMENT_SEAL", "document", document.getId(), seal.name() + " " + document.getTitle());
        return Map.of();
    }
}
