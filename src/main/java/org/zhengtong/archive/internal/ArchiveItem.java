package org.zhengtong.archive.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import org.zhengtong.archive.ArchivalRecord;
import org.zhengtong.archive.Retention;
import org.zhengtong.platform.Classification;

/**
 * One archived item (件) with its GB/T 18894-2016 metadata. Read-only once written: there are no setters and no
 * edit endpoint.
 */
@Entity
@Table(name = "arc_item")
public class ArchiveItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String sourceKind;
    private Long sourceId;
    private Long unitId;
    private String fondsCode;
    private int archiveYear;

    @Enumerated(EnumType.STRING)
    private Retention retention;

    private String orgCode;
    private String orgName;
    private int itemNumber;
    private String archivalCode;
    private String title;
    private String responsibleParty;
    private String documentNumber;
    private LocalDate documentDate;

    @Enumerated(EnumType.STRING)
    private Classification classification;

    private String secrecyPeriod;

    @Column(name = "doc_type")
    private String typeCode;

    private String typeLabel;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    private Integer pageCount;
    private String bodyText;
    private String processInstanceId;
    private String archivedBy;
    private String archivedByName;
    private Instant archivedAt;
    private String remarks;

    /** 收发 as the catalogue (and the API) has always written it: 发文 for the unit's own records, 收文 for received ones. */
    public enum Direction {
        OUTGOING, INCOMING;

        static Direction of(ArchivalRecord.Origin origin) {
            return origin == ArchivalRecord.Origin.RECEIVED ? INCOMING : OUTGOING;
        }
    }

    protected ArchiveItem() {
    }

    ArchiveItem(ArchivalRecord record, ArchiveClass archiveClass, int itemNumber, String archivedBy,
                String archivedByName, Instant archivedAt) {
        this.sourceKind = record.kind();
        this.sourceId = record.id();
        this.unitId = record.unitId();
        this.fondsCode = archiveClass.fondsCode();
        this.archiveYear = archiveClass.year();
        this.retention = archiveClass.retention();
        this.orgCode = archiveClass.orgCode();
        this.orgName = archiveClass.orgName();
        this.itemNumber = itemNumber;
        this.archivalCode = archiveClass.archivalCode(itemNumber);
        this.title = record.title();
        this.responsibleParty = record.responsibleParty();
        this.documentNumber = record.number();
        this.documentDate = record.date();
        this.classification = record.classification();
        this.secrecyPeriod = record.secrecyPeriod();
        this.typeCode = record.type().code();
        this.typeLabel = record.type().label();
        this.direction = Direction.of(record.origin());
        this.bodyText = record.bodyText();
        this.processInstanceId = record.processInstanceId();
        this.archivedBy = archivedBy;
        this.archivedByName = archivedByName;
        this.archivedAt = archivedAt;
    }

    void countPages(int pages) {
        this.pageCount = pages;
    }

    /** 件号 as printed: four digits with leading zeros. */
    public String itemNumberText() {
        return ArchiveClass.itemNumberText(itemNumber);
    }

    public Long getId() { return id; }
    public String getSourceKind() { return sourceKind; }
    public Long getSourceId() { return sourceId; }
    public Long getUnitId() { return unitId; }
    public String getFondsCode() { return fondsCode; }
    public int getArchiveYear() { return archiveYear; }
    public Retention getRetention() { return retention; }
    public String getOrgCode() { return orgCode; }
    public String getOrgName() { return orgName; }
    public int getItemNumber() { return itemNumber; }
    public String getArchivalCode() { return archivalCode; }
    public String getTitle() { return title; }
    public String getResponsibleParty() { return responsibleParty; }
    public String getDocumentNumber() { return documentNumber; }
    public LocalDate getDocumentDate() { return documentDate; }
    public Classification getClassification() { return classification; }
    public String getSecrecyPeriod() { return secrecyPeriod; }
    public String getTypeCode() { return typeCode; }
    public String getTypeLabel() { return typeLabel; }
    public Direction getDirection() { return direction; }
    public Integer getPageCount() { return pageCount; }
    public String getBodyText() { return bodyText; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getArchivedBy() { return archivedBy; }
    public String getArchivedByName() { return archivedByName; }
    public Instant getArchivedAt() { return archivedAt; }
    public String getRemarks() { return remarks; }
}
