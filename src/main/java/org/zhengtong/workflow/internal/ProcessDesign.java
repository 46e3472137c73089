package org.zhengtong.workflow.internal;

import jakarta.persistence.*;
import java.time.Instant;
import org.zhengtong.workflow.ProcessDirection;

/**
 * 流程设计 for a scope: a direction, a document type or all ({@code null}), a unit or all ({@code null}). Its
 * versions are deployed under one process key, so running processes keep the version they started on.
 */
@Entity
@Table(name = "wf_process_design")
public class ProcessDesign {

    static final String KEY_PREFIX = "design_";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private ProcessDirection direction;

    private String documentType;
    private Long unitId;
    private boolean active = true;
    private Instant createdAt;
    private String createdBy;

    @Version
    private long version;

    protected ProcessDesign() {
    }

    ProcessDesign(String name, ProcessDirection direction, String documentType, Long unitId, Instant createdAt,
                  String createdBy) {
        this.name = name;
        this.direction = direction;
        this.documentType = documentType;
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
        return (unitId != null ? 2 : 0) + (documentType != null ? 1 : 0);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    void setName(String name) { this.name = name; }
    public ProcessDirection getDirection() { return direction; }
    public String getDocumentType() { return documentType; }
    public Long getUnitId() { return unitId; }
    public boolean isActive() { return active; }
    void setActive(boolean active) { this.active = active; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
