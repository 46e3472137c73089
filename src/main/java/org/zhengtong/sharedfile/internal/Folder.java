package org.zhengtong.sharedfile.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A folder of a unit's library, under another one or at the top, with the permissions granted on it. */
@Entity
@Table(name = "sf_folder")
public class Folder {

    static final int MAX_NAME = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;

    private Long parentId;

    @Size(max = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    private Category category;

    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sf_grant", joinColumns = @JoinColumn(name = "folder_id"))
    private Set<Grant> grants = new HashSet<>();

    @Version
    private long version;

    protected Folder() {
    }

    Folder(long unitId, Long parentId, String name, Category category, Instant createdAt) {
        this.unitId = unitId;
        this.parentId = parentId;
        this.name = name;
        this.category = category;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public Category getCategory() {
        return category;
    }

    public Set<Grant> getGrants() {
        return Set.copyOf(grants);
    }

    boolean grant(Grant grant) {
        return grants.add(grant);
    }

    boolean revoke(Grant grant) {
        return grants.remove(grant);
    }
}
