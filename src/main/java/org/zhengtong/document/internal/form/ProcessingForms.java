package org.zhengtong.document.internal.form;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.DocumentTimeline;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.platform.OrgDirectory;

/**
 * The 办文单 of a 收文 and the 发文稿纸 of a 发文 as PDF: every header field, then every step with its handler
 * ("代 X 办理" when delegated), its opinions and recorded actions, and when it was done. Read behind the same check
 * as the document page: {@link DocumentService#read} refuses outsiders and audits every open of a classified one.
 */
@Service
public class ProcessingForms {

    private final DocumentService documents;
    private final DocumentTimeline timeline;
    private final OrgDirectory directory;
    private final ProcessingFormRenderer renderer;
    private final MessageSource messages;
    private final Clock clock;

    ProcessingForms(DocumentService documents, DocumentTimeline timeline, OrgDirectory directory,
                    ProcessingFormRenderer renderer, MessageSource messages, Clock clock) {
        this.documents = documents;
        this.timeline = timeline;
        this.directory = directory;
        this.renderer = renderer;
        this.messages = messages;
        this.clock = clock;
    }

    /** A printed form: its file name and the PDF. */
    public record FormPdf(String fileName, byte[] content) {
    }

    public FormPdf pdf(Long documentId) {
        return render(documents.read(documentId));
    }

    /** The form of a document the caller has already been allowed to read (the archive's record). */
    public FormPdf render(OfficialDocument document) {
        String unit = unitName(document.getUnitId());
        String heading = text("document.form.heading." + document.getDirection(), unit);
        ProcessingForm form = new ProcessingForm(heading, document.getTitle(),
                document.getDirection() == OfficialDocument.Direction.OUTGOING ? outgoing(document, unit)
                        : incoming(document, unit),
                steps(document), labels());
        return new FormPdf(text("document.form.fileName", text("document.form.name." + document.getDirection()),
                String.valueOf(document.getId())), renderer.render(form));
    }

    private List<ProcessingForm.FieldRow> outgoing(OfficialDocument document, String unit) {
        String draftingUnit = document.getDepartmentId() == null ? unit
                : unit + " " + directory.department(document.getDepartmentId()).map(OrgDirectory.DepartmentRef::name)
                        .orElse("");
        return List.of(
                ProcessingForm.FieldRow.pair(field("type"), type(document), field("urgency"), urgency(document)),
                ProcessingForm.FieldRow.pair(field("classification"), classification(document),
                        field("secrecyPeriod"), orDash(document.getSecrecyPeriod())),
                ProcessingForm.FieldRow.pair(text("document.form.documentNumber"), orDash(document.getDocumentNumber()),
                        field("issueDate"), date(document.getIssueDate())),
                ProcessingForm.FieldRow.wide(field("title"), document.getTitle()),
                ProcessingForm.FieldRow.wide(field("mainRecipients"), unitNames(document.mainRecipientIds())),
                ProcessingForm.FieldRow.wide(field("ccRecipients"), unitNames(document.ccRecipientIds())),
                ProcessingForm.FieldRow.pair(text("document.form.draftingUnit"), draftingUnit.strip(),
                        field("initiator"), name(document.getInitiator())),
                ProcessingForm.FieldRow.pair(field("signer"), orDash(document.getSignerName()), field("deadline"),
                        date(document.getDeadline())));
    }

    private List<ProcessingForm.FieldRow> incoming(OfficialDocument document, String unit) {
        return List.of(
                ProcessingForm.FieldRow.pair(field("sourceUnit"), orDash(document.getSourceUnitName()),
                        field("sourceNumber"), orDash(document.getDocumentNumber())),
                ProcessingForm.FieldRow.pair(field("registrationNumber"), orDash(document.getRegistrationNumber()),
                        text("document.form.receivedDate"), date(LocalDate.ofInstant(document.getCreatedAt(),
                                clock.getZone()))),
                ProcessingForm.FieldRow.pair(field("type"), type(document), field("urgency"), urgency(document)),
                ProcessingForm.FieldRow.pair(field("classification"), classification(document),
                        field("secrecyPeriod"), orDash(document.getSecrecyPeriod())),
                ProcessingForm.FieldRow.wide(field("title"), document.getTitle()),
                ProcessingForm.FieldRow.pair(field("signer"), orDash(document.getSignerName()), field("issueDate"),
                        date(document.getIssueDate())),
                ProcessingForm.FieldRow.pair(text("document.form.receivingUnit"), unit, field("deadline"),
                        date(document.getDeadline())));
    }

    /** Every step handled or open, and the records of the process (撤回, 终止); not its start and end. */
    private List<ProcessingForm.StepRow> steps(OfficialDocument document) {
        List<ProcessingForm.StepRow> rows = new ArrayList<>();
        for (DocumentTimeline.Step step : timeline.of(document)) {
            if (step.taskId() == null && !step.processRecord()) {
                continue;
            }
            String opinion = step.remarks().stream()
                    .map(r -> r.opinion() || step.processRecord() ? r.text() : r.label() + "：" + r.text())
                    .collect(Collectors.joining("\n"));
            rows.add(new ProcessingForm.StepRow(step.name(), handler(step), opinion,
                    step.open() ? text("document.form.open") : time(step.ended())));
        }
        return rows;
    }

    private String handler(DocumentTimeline.Step step) {
        if (step.handler() == null) {
            return step.open() ? text("document.timeline.waiting") : "";
        }
        return step.delegatedFrom() == null ? step.handlerName()
                : step.handlerName() + "\n" + text("document.timeline.onBehalfOf", step.delegatedFromName());
    }

    private ProcessingForm.Labels labels() {
        return new ProcessingForm.Labels(text("document.form.opinions"), text("document.form.step"),
                text("document.form.handler"), text("document.form.opinion"), text("document.form.time"),
                text("document.form.noSteps"), text("document.form.continued"), text("document.form.pageNumber"));
    }

    private String type(OfficialDocument document) {
        return text("document.type." + document.getType());
    }

    private String urgency(OfficialDocument document) {
        return text("document.urgency." + document.getUrgency());
    }

    private String classification(OfficialDocument document) {
        return text("document.classification." + document.getClassification());
    }

    private String unitName(Long unitId) {
        return directory.unit(unitId).map(OrgDirectory.UnitRef::name).orElse("");
    }

    private String unitNames(List<Long> unitIds) {
        return orDash(unitIds.stream().map(this::unitName).filter(n -> !n.isEmpty()).collect(Collectors.joining("、")));
    }

    private String name(String username) {
        return directory.nameOf(username);
    }

    private String date(LocalDate date) {
        return date == null ? "—" : DateTimeFormatter.ofPattern(text("document.form.datePattern")).format(date);
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofPattern(text("document.form.timePattern")).withZone(clock.getZone()).format(instant);
    }

    private String field(String name) {
        return text("document.field." + name);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
