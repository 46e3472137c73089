package org.zhengtong.document.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.platform.Classification;

@Entity
@Table(name = "doc_document")
public class OfficialDocument {

    public enum Direction { OUTGOING, INCOMING }

    /** REFUSED: a 收文 refused back to its sender at 签收 (退文). */
    public enum Status { IN_PROGRESS, FINISHED, TERMINATED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type")
    private DocumentType type;

    private String title;
    private String issuerCode;
    private Integer numberYear;
    private Integer numberSerial;
    private String documentNumber;
    private String registrationNumber;

    @Enumerated(EnumType.STRING)
    private Classification classification;

    private String secrecyPeriod;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    /** Comma-separated unit ids. */
    private String mainRecipients;
    private String ccRecipients;
    private String signerUsername;
    private String signerName;
    private String bodyHtml;
    private LocalDate issueDate;
    private LocalDate deadline;
    /** 份数: how many copies are printed; each carries its 份号 (GB/T 9704 7.2.1). Null on older documents: one. */
    private Integer copies;
    /** 附注 (GB/T 9704 7.3.6), without its parentheses. */
    private String annotation;
    private Long unitId;
    private Long departmentId;
    private String initiator;
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    private Status status = Status.IN_PROGRESS;

    private boolean sealed;
    private String sealedPdfKey;
    private String sealedOfdKey;
    private Long sealId;
    private String sealedBy;
    private Instant sealedAt;
    private Long sourceDocumentId;
    private String sourceUnitName;
    private Instant createdAt;
    private Instant finishedAt;
    private String archivalCode;

    @Version
    private long version;

    protected OfficialDocument() {
    }

    OfficialDocument(Direction direction, DocumentType type, String title, Classification classification,
                     String secrecyPeriod, Urgency urgency, Long unitId, Long departmentId, String initiator,
                     Instant createdAt) {
        this.direction = direction;
        this.type = type;
        this.title = title;
        this.classification = classification;
        this.secrecyPeriod = secrecyPeriod;
        this.urgency = urgency;
        this.unitId = unitId;
        this.departmentId = departmentId;
        this.initiator = initiator;
        this.createdAt = createdAt;
    }

    public String businessKey() {
        return DocumentKeys.of(id);
    }

    public List<Long> mainRecipientIds() {
        return ids(mainRecipients);
    }

    public List<Long> ccRecipientIds() {
        return ids(ccRecipients);
    }

    static String joinIds(List<Long> ids) {
        return ids == null || ids.isEmpty() ? null : String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static List<Long> ids(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(Long::valueOf).toList();
    }

    void number(String issuerCode, int year, int serial, String documentNumber) {
        this.issuerCode = issuerCode;
        this.numberYear = year;
        this.numberSerial = serial;
        this.documentNumber = documentNumber;
    }

    void finish(Status status, Instant at) {
        this.status = status;
        this.finishedAt = at;
    }

    void archived(String archivalCode) {
        this.archivalCode = archivalCode;
    }

    public Long getId() { return id; }
    public Direction getDirection() { return direction; }
    public DocumentType getType() { return type; }
    public String getTitle() { return title; }
    void setTitle(String title) { this.title = title; }
    public String getIssuerCode() { return issuerCode; }
    void setIssuerCode(String issuerCode) { this.issuerCode = issuerCode; }
    public Integer getNumberYear() { return numberYear; }
    public Integer getNumberSerial() { return numberSerial; }
    public String getDocumentNumber() { return documentNumber; }
    void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public String getRegistrationNumber() { return registrationNumber; }
    void setRegistrationNumber(String registrationNumber) { this.registrationNumber = registrationNumber; }
    public Classification getClassification() { return classification; }
    public String getSecrecyPeriod() { return secrecyPeriod; }
    public Urgency getUrgency() { return urgency; }
    public String getMainRecipients() { return mainRecipients; }
    void setMainRecipients(String mainRecipients) { this.mainRecipients = mainRecipients; }
    public String getCcRecipients() { return ccRecipients; }
    void setCcRecipients(String ccRecipients) { this.ccRecipients = ccRecipients; }
    public String getSignerUsername() { return signerUsername; }
    public String getSignerName() { return signerName; }
    void setSigner(String username, String name) { this.signerUsername = username; this.signerName = name; }
    public String getBodyHtml() { return bodyHtml; }
    void setBodyHtml(String bodyHtml) { this.bodyHtml = bodyHtml; }
    public LocalDate getIssueDate() { return issueDate; }
    void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
    public LocalDate getDeadline() { return deadline; }
    void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public int getCopies() { return copies == null ? 1 : copies; }
    void setCopies(Integer copies) { this.copies = copies; }
    public String getAnnotation() { return annotation; }
    void setAnnotation(String annotation) { this.annotation = annotation; }
    public Long getUnitId() { return unitId; }
    public Long getDepartmentId() { return departmentId; }
    public String getInitiator() { return initiator; }
    public String getProcessInstanceId() { return processInstanceId; }
    void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public Status getStatus() { return status; }
    public boolean isSealed() { return sealed; }
    void setSealed(boolean sealed) { this.sealed = sealed; }
    public String getSealedPdfKey() { return sealedPdfKey; }
    public String getSealedOfdKey() { return sealedOfdKey; }
    public Long getSealId() { return sealId; }
    public String getSealedBy() { return sealedBy; }
    public Instant getSealedAt() { return sealedAt; }

    void recordSealedOutput(Long sealId, String sealedBy, Instant sealedAt, String pdfKey, String ofdKey) {
        this.sealed = true;
        this.sealId = sealId;
        this.sealedBy = sealedBy;
        this.sealedAt = sealedAt;
        this.sealedPdfKey = pdfKey;
        this.sealedOfdKey = ofdKey;
    }

    /**
     * A 收文 delivered at 分发 carries the sender's sealed PDF and OFD, the same stored files, as they were signed, and
     * whatever the sender's record says of its seal (a bulk-loaded 发文 may name none).
     */
    void receiveSealedOutput(OfficialDocument outgoing) {
        if (outgoing.sealed) {
            recordSealedOutput(outgoing.sealId, outgoing.sealedBy, outgoing.sealedAt, outgoing.sealedPdfKey,
                    outgoing.sealedOfdKey);
        }
    }

    public Long getSourceDocumentId() { return sourceDocumentId; }
    void setSourceDocumentId(Long sourceDocumentId) { this.sourceDocumentId = sourceDocumentId; }
    public String getSourceUnitName() { return sourceUnitName; }
    void setSourceUnitName(String sourceUnitName) { this.sourceUnitName = sourceUnitName; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getArchivalCode() { return archivalCode; }
    public long getVersion() { return version; }
}
