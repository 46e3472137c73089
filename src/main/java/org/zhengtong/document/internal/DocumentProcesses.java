package org.zhengtong.document.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhengtong.document.OutgoingDocumentFinished;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.RichText;
import org.zhengtong.platform.Positions;
import org.zhengtong.workflow.HistoryStep;
import org.zhengtong.workflow.ProcessCatalog;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * 公文 on the engine: starts a document's process — the most specific process an administrator designed for its
 * template, type and unit (the drafting unit for 发文, the receiving unit for 收文), else the template's own — and keeps
 * the document in step when its process moves back or ends.
 */
@Component
class DocumentProcesses {

    static final String OUTGOING = "outgoing";
    static final String INCOMING = "incoming";
    private static final String SIGN_OFF = "signOff";

    private final ProcessCatalog catalog;
    private final Workflow workflow;
    private final DocumentRepository documents;
    private final DocumentPeople people;
    private final AuditLog audit;
    private final DocumentOffers offers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentProcesses(ProcessCatalog catalog, Workflow workflow, DocumentRepository documents, DocumentPeople people,
                      AuditLog audit, DocumentOffers offers, ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.workflow = workflow;
        this.documents = documents;
        this.people = people;
        this.audit = audit;
        this.offers = offers;
        this.events = events;
        this.clock = clock;
    }

    /** 发文: the drafter's 拟稿 first; the signer is the unit head until 核稿 chooses another. */
    void startOutgoing(OfficialDocument document, String drafter) {
        Map<String, Object> variables = baseVariables(document);
        variables.put("countersigners", List.of());
        variables.put("signer", people.firstHolder(document.getUnitId(), Positions.UNIT_HEAD));
        document.setProcessInstanceId(workflow.start(processFor(OUTGOING, document), document.businessKey(), drafter,
                variables));
    }

    /** 收文: 签收 by the receiving unit's secretaries first. */
    void startIncoming(OfficialDocument incoming, String starter) {
        Map<String, Object> variables = baseVariables(incoming);
        variables.put("unitId", incoming.getUnitId());
        variables.put("handlers", List.of());
        variables.put("readers", List.of());
        // set to true only by 退文 at 签收, where the process then ends
        variables.put("refused", false);
        incoming.setProcessInstanceId(workflow.start(processFor(INCOMING, incoming), incoming.businessKey(), starter,
                variables));
    }

    private String processFor(String template, OfficialDocument document) {
        return catalog.processKeyFor(template, document.getType().name(), document.getUnitId());
    }

    private static Map<String, Object> baseVariables(OfficialDocument document) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("stepDue", document.getUrgency().stepTime().toString());
        variables.put("classification", document.getClassification().name());
        variables.put(Workflow.REQUIRED_CLEARANCE, document.getClassification().requiredClearance().name());
        variables.put("urgency", document.getUrgency().name());
        variables.put("documentType", document.getType().name());
        return variables;
    }

    /** The document of a business key, without an access check (the kit asked {@link DocumentBusinessAccess}). */
    OfficialDocument document(String businessKey) {
        return DocumentKeys.idOf(businessKey).flatMap(documents::findById)
                .orElseThrow(() -> new IllegalStateException("no document for " + businessKey));
    }

    /**
     * The process has ended with the last step sent on: the document is done (办结) and offered to the archive; a 发文
     * is announced ({@link OutgoingDocumentFinished}) for the unit's library.
     */
    void finishIfEnded(OfficialDocument document) {
        if (document.getStatus() == OfficialDocument.Status.IN_PROGRESS
                && workflow.isEnded(document.getProcessInstanceId())) {
            document.finish(OfficialDocument.Status.FINISHED, clock.instant());
            events.publishEvent(offers.offer(document));
            if (document.getDirection() == OfficialDocument.Direction.OUTGOING) {
                events.publishEvent(new OutgoingDocumentFinished(document.getId(), document.getUnitId(),
                        document.getType(), document.getTitle(), document.getDocumentNumber(),
                        offers.date(document), document.getClassification(), RichText.text(document.getBodyHtml())));
            }
        }
    }

    void terminated(OfficialDocument document) {
        document.finish(OfficialDocument.Status.TERMINATED, clock.instant());
    }

    /**
     * After a 退回 or 撤回 of a signed 发文: when the process is back at 领导签发, or at a step last handled before the
     * signature was given, the signature no longer stands — the document may change again and is signed anew.
     */
    void voidSignatureIfBeforeSigning(OfficialDocument document) {
        // a 收文 shows its sender's signer, which no step of its own gave
        if (document.getDirection() != OfficialDocument.Direction.OUTGOING || document.getSignerUsername() == null) {
            return;
        }
        List<HistoryStep> handled = workflow.history(document.getProcessInstanceId()).stream()
                .filter(step -> step.taskId() != null && step.ended() != null).toList();
        Optional<Instant> signing = latest(handled, SIGN_OFF, HistoryStep::started);
        boolean beforeSigning = signing.isPresent() && workflow.openTasks(document.getProcessInstanceId()).stream()
                .map(TodoTask::activityId)
                .anyMatch(open -> open.equals(SIGN_OFF) || latest(handled, open, HistoryStep::ended)
                        .filter(lastHandled -> !lastHandled.isAfter(signing.get())).isPresent());
        if (beforeSigning) {
            audit.success("DOCUMENT_SIGNATURE_VOID", "document", document.getId(), document.getSignerName());
            document.setSigner(null, null);
            document.setIssueDate(null);
        }
    }

    private static Optional<Instant> latest(List<HistoryStep> steps, String activityId,
                                            Function<HistoryStep, Instant> time) {
        return steps.stream().filter(step -> step.activityId().equals(activityId)).map(time)
                .max(Comparator.naturalOrder());
    }
}
