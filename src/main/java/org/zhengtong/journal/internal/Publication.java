package org.zhengtong.journal.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A publication (刊物) of its editing unit: its name, its audience (the whole city, or the units listed) and the units
 * that submit articles to it (none listed: every unit).
 */
@Entity
@Table(name = "jnl_publication")
public class Publication {

    static final int MAX_NAME = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;

    @Size(max = MAX_NAME)
    private String name;

    private boolean cityWide;
    private int sortOrder;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "jnl_publication_audience", joinColumns = @JoinColumn(name = "publication_id"))
    @Column(name = "unit_id")
    private Set<Long> audienceUnits = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "jnl_publication_submitter", joinColumns = @JoinColumn(name = "publication_id"))
    @Column(name = "unit_id")
    private Set<Long> submitterUnits = new HashSet<>();

    @Version
    private long version;

    protected Publication() {
    }

    Publication(long unitId, Instant createdAt) {
        this.unitId = unitId;
        this.createdAt = createdAt;
    }

    void describe(String name, int sortOrder, boolean cityWide, Set<Long> audienceUnits, Set<Long> submitterUnits) {
        this.name = name;
        this.sortOrder = sortOrder;
        this.cityWide = cityWide;
        this.audienceUnits.clear();
        this.audienceUnits.addAll(cityWide ? Set.of() : audienceUnits);
        this.submitterUnits.clear();
        this.submitterUnits.addAll(submitterUnits);
    }

    /** Whether people of the unit read the publication's issues. */
    boolean readBy(long unit) {
        return cityWide || unit == unitId || audienceUnits.contains(unit);
    }

    /** Whether people of the unit submit articles to it. */
    boolean submittedBy(long unit) {
        return submitterUnits.isEmpty() || submitterUnits.contains(unit);
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getName() {
        return name;
    }

    public boolean isCityWide() {
        return cityWide;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getAudienceUnits() {
        return audienceUnits;
    }

    public Set<Long> getSubmitterUnits() {
        return submitterUnits;
    }
}
