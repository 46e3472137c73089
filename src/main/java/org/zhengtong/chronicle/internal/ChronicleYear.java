package org.zhengtong.chronicle.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A unit's year whose chronicle its office has published (last published at): what the archive takes. */
@Entity
@Table(name = "chr_year")
public class ChronicleYear {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    private int chronicleYear;
    private Instant publishedAt;

    @Version
    private long version;

    protected ChronicleYear() {
    }

    ChronicleYear(long unitId, int chronicleYear, Instant publishedAt) {
        this.unitId = unitId;
        this.chronicleYear = chronicleYear;
        this.publishedAt = publishedAt;
    }

    void published(Instant at) {
        publishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public int getChronicleYear() {
        return chronicleYear;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
