package org.zhengtong.workflow.internal;

import jakarta.persistence.*;
import java.time.Instant;

/**
 * 流程设计 for a scope: a process template, a type code of the template or all ({@code null}), a unit or all
 * ({@code null}). Its versions are deployed under one process key, so running processes keep the version they
 * started on.
 */
@Entity
@Table(name = "wf_process_design")
public class ProcessDesign {

    static final String KEY_PREFIX = "design_";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String templateKey;

    @Column(name = "type_code")
    private String type;
    private Long unitId;
    private boolean active = true;
    private Instant createdAt;
    private String createdBy;

    @Version
    private long version;

    protected ProcessDesign() {
    }

    ProcessDesign(String name, String templateKey, String type, Long unitId, Instant createdAt, String createdBy) {
        this.name = name;
        this.templateKey = templateKey;
        this.type = type;
        this.unitId = unitId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The BPMN process id and Flowable key of every version. */
    public String processKey() {
        return KEY_PREFIX + id;
    }

    /** How specific the scope is: unit and type 3, unit 2, type 1, everything 0. */
    int specificity() {
        return (unitId != null ? 2 : 0) + (type != null ? 1 : 0);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    void setName(String name) { this.name = name; }
    public String getTemplateKey() { return templateKey; }
    public String getType() { return type; }
    public Long getUnitId() { return unitId; }
    public boolean isActive() { return active; }
    void setActive(boolean active) { this.active = active; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
