package org.zhengtong.supplies.internal;

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
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** A store of a unit (the office's 库房), in a department, kept by some of the unit's people (by username). */
@Entity
@Table(name = "supplies_store")
public class SupplyStore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    @Size(max = 100)
    private String name;
    private Long departmentId;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supplies_store_keeper", joinColumns = @JoinColumn(name = "store_id"))
    @Column(name = "username")
    private Set<String> keepers = new TreeSet<>();

    @Version
    private long version;

    protected SupplyStore() {
    }

    SupplyStore(long unitId, Instant createdAt) {
        this.unitId = unitId;
        this.createdAt = createdAt;
    }

    void describe(String name, Long departmentId, Collection<String> keepers) {
        this.name = name;
        this.departmentId = departmentId;
        this.keepers.clear();
        this.keepers.addAll(keepers);
    }

    boolean keptBy(String username) {
        return keepers.contains(username);
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getName() { return name; }
    public Long getDepartmentId() { return departmentId; }
    public Set<String> getKeepers() { return Set.copyOf(keepers); }
}
