package org.zhengtong.document.internal.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.IncomingForm;
import org.zhengtong.platform.Classification;

/** 纸质来文登记 as the browser posts it; field names match {@link IncomingForm}. The scan comes as a file part. */
public class PaperIncomingForm {

    private DocumentType type = DocumentType.NOTICE;
    private String title;
    private String sourceUnitName;
    private String documentNumber;
    private Classification classification = Classification.UNCLASSIFIED;
    private String secrecyPeriod;
    private Urgency urgency = Urgency.NORMAL;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    IncomingForm toIncomingForm() {
        return new IncomingForm(type, title, sourceUnitName, documentNumber, classification, secrecyPeriod, urgency,
                deadline);
    }

    public DocumentType getType() { return type; }
    public void setType(DocumentType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSourceUnitName() { return sourceUnitName; }
    public void setSourceUnitName(String sourceUnitName) { this.sourceUnitName = sourceUnitName; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public Classification getClassification() { return classification; }
    public void setClassification(Classification classification) { this.classification = classification; }
    public String getSecrecyPeriod() { return secrecyPeriod; }
    public void setSecrecyPeriod(String secrecyPeriod) { this.secrecyPeriod = secrecyPeriod; }
    public Urgency getUrgency() { return urgency; }
    public void setUrgency(Urgency urgency) { this.urgency = urgency; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
}
