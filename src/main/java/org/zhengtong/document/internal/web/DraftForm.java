package org.zhengtong.document.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.OutgoingForm;
import org.zhengtong.platform.Classification;

/**
 * The 拟稿 form as the browser posts it. Field names match {@link OutgoingForm}, whose constraints the service
 * checks, so a violation lands on the field of the same name.
 */
public class DraftForm {

    private DocumentType type = DocumentType.NOTICE;
    private String title;
    private Classification classification = Classification.UNCLASSIFIED;
    private String secrecyPeriod;
    private Urgency urgency = Urgency.NORMAL;
    private List<Long> mainRecipients = new ArrayList<>();
    private List<Long> ccRecipients = new ArrayList<>();
    private String issuerCode;
    private String bodyHtml;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;
    private Integer copies = 1;
    private String annotation;

    OutgoingForm toOutgoingForm() {
        return new OutgoingForm(type, title, classification, secrecyPeriod, urgency, mainRecipients, ccRecipients,
                issuerCode, bodyHtml, deadline, copies, annotation);
    }

    public DocumentType getType() { return type; }
    public void setType(DocumentType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Classification getClassification() { return classification; }
    public void setClassification(Classification classification) { this.classification = classification; }
    public String getSecrecyPeriod() { return secrecyPeriod; }
    public void setSecrecyPeriod(String secrecyPeriod) { this.secrecyPeriod = secrecyPeriod; }
    public Urgency getUrgency() { return urgency; }
    public void setUrgency(Urgency urgency) { this.urgency = urgency; }
    public List<Long> getMainRecipients() { return mainRecipients; }
    public void setMainRecipients(List<Long> mainRecipients) { this.mainRecipients = mainRecipients; }
    public List<Long> getCcRecipients() { return ccRecipients; }
    public void setCcRecipients(List<Long> ccRecipients) { this.ccRecipients = ccRecipients; }
    public String getIssuerCode() { return issuerCode; }
    public void setIssuerCode(String issuerCode) { this.issuerCode = issuerCode; }
    public String getBodyHtml() { return bodyHtml; }
    public void setBodyHtml(String bodyHtml) { this.bodyHtml = bodyHtml; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public Integer getCopies() { return copies; }
    public void setCopies(Integer copies) { this.copies = copies; }
    public String getAnnotation() { return annotation; }
    public void setAnnotation(String annotation) { this.annotation = annotation; }
}
