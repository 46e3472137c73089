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

/** A 常用软件 entry: a program people of the unit (or city) install, with its versions. */
@Entity
@Table(name = "regulation_software")
public class Software {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    @Enumerated(EnumType.STRING)
    private Scope scope;
    @Size(max = 100)
    private String name;
    @Size(max = 50)
    private String platform;
    @Size(max = 1000)
    private String description;
    @Size(max = 40)
    private String createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected Software() {
    }

    Software(long unitId, String createdBy, Instant createdAt) {
        this.unitId = unitId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void describe(SoftwareForm form) {
        this.scope = form.scope() == null ? Scope.UNIT : form.scope();
        this.name = form.name().strip();
        this.platform = form.platform().strip();
        this.description = RegulationService.blankToNull(form.description());
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public Scope getScope() { return scope; }
    public String getName() { return name; }
    public String getPlatform() { return platform; }
    public String getDescription() { return description; }
    public Instant getCreatedAt() { return createdAt; }
}
