package org.zhengtong.regulation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.zhengtong.platform.Classification;

/**
 * A regulation of the catalogue: 规章制度 or 政策法规, its issuing body, 文号, dates, full text (cleaned rich text),
 * 密级, and its links to the version it revises, the version that revised it and the one that repealed it.
 */
@Entity
@Table(name = "regulation_regulation")
public class Regulation {

    static final int MAX_BODY = 200000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    @Enumerated(EnumType.STRING)
    private RegulationKind kind;
    @Enumerated(EnumType.STRING)
    private Scope scope;
    @Size(max = 200)
    private String title;
    @Size(max = 100)
    private String issuer;
    @Size(max = 100)
    private String docNumber;
    private LocalDate issuedOn;
    private LocalDate effectiveOn;
    private LocalDate repealedOn;
    @Size(max = MAX_BODY)
    private String body;
    @Enumerated(EnumType.STRING)
    private Classification classification;
    private Long revisesId;
    private Long revisedById;
    private Long repealedById;
    @Size(max = 40)
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Regulation() {
    }

    Regulation(long unitId, String createdBy, Instant createdAt) {
        this.unitId = unitId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The entry as the (checked) form gives it; the body already cleaned. */
    void describe(RegulationForm form, Scope scope, String body, Instant at) {
        this.kind = form.kind();
        this.scope = scope;
        this.title = form.title().strip();
        this.issuer = form.issuer().strip();
        this.docNumber = RegulationService.blankToNull(form.docNumber());
        this.issuedOn = form.issuedOn();
        this.effectiveOn = form.effectiveOn();
        this.repealedOn = form.repealedOn();
        this.body = body;
        this.classification = form.classification() == null ? Classification.UNCLASSIFIED : form.classification();
        this.updatedAt = at;
    }

    void revises(Regulation old) {
        this.revisesId = old.getId();
        old.revisedById = id;
    }

    void repealedBy(Long repealingId, LocalDate on, Instant at) {
        this.repealedById = repealingId;
        this.repealedOn = on;
        this.updatedAt = at;
    }

    /** 已废止 once repealed by another or on its 废止日期, else 已修订 once a newer version exists, else 现行有效. */
    public RegulationStatus status(LocalDate today) {
        if (repealedById != null || repealedOn != null && !repealedOn.isAfter(today)) {
            return RegulationStatus.REPEALED;
        }
        return revisedById != null ? RegulationStatus.REVISED : RegulationStatus.IN_FORCE;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public RegulationKind getKind() { return kind; }
    public Scope getScope() { return scope; }
    public String getTitle() { return title; }
    public String getIssuer() { return issuer; }
    public String getDocNumber() { return docNumber; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public LocalDate getRepealedOn() { return repealedOn; }
    public String getBody() { return body; }
    public Classification getClassification() { return classification; }
    public Long getRevisesId() { return revisesId; }
    public Long getRevisedById() { return revisedById; }
    public Long getRepealedById() { return repealedById; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
