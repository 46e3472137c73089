package org.zhengtong.archive.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import org.zhengtong.archive.ReadyForArchive;
import org.zhengtong.archive.Retention;
import org.zhengtong.platform.Classification;

/**
 * A finished object another module offered to the archive ({@link ReadyForArchive}): a candidate (待归档) of its unit
 * until an item is archived from it. Written once per (kind, id).
 */
@Entity
@Table(name = "arc_offer")
public class ArchiveOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String sourceKind;
    private Long sourceId;
    private Long unitId;
    private String title;
    private String recordNumber;
    private LocalDate recordDate;

    @Enumerated(EnumType.STRING)
    private ArchiveItem.Direction direction;

    @Enumerated(EnumType.STRING)
    private Classification classification;

    @Enumerated(EnumType.STRING)
    private Retention suggestedRetention;

    private Instant finishedAt;
    private Instant offeredAt;

    protected ArchiveOffer() {
    }

    ArchiveOffer(ReadyForArchive offer, Instant offeredAt) {
        this.sourceKind = offer.kind();
        this.sourceId = offer.id();
        this.unitId = offer.unitId();
        this.title = offer.title();
        this.recordNumber = offer.number();
        this.recordDate = offer.date();
        this.direction = ArchiveItem.Direction.of(offer.origin());
        this.classification = offer.classification();
        this.suggestedRetention = offer.suggestedRetention();
        this.finishedAt = offer.finishedAt();
        this.offeredAt = offeredAt;
    }

    /** What the candidates form sends for this offer: {@code <kind>:<id>}. */
    public String source() {
        return new ArchivingService.Source(sourceKind, sourceId).text();
    }

    public Long getId() { return id; }
    public String getSourceKind() { return sourceKind; }
    public Long getSourceId() { return sourceId; }
    public Long getUnitId() { return unitId; }
    public String getTitle() { return title; }
    public String getRecordNumber() { return recordNumber; }
    public LocalDate getRecordDate() { return recordDate; }
    public ArchiveItem.Direction getDirection() { return direction; }
    public Classification getClassification() { return classification; }
    public Retention getSuggestedRetention() { return suggestedRetention; }
    public Instant getFinishedAt() { return finishedAt; }
    public Instant getOfferedAt() { return offeredAt; }
}
