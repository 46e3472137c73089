package org.zhengtong.petition.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** 交办: a unit a case is handed to, the person there who handles it, and the unit's report (办理情况). */
@Entity
@Table(name = "petition_assignment")
public class Assignment {

    static final int MAX_REPORT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private long unitId;

    @Size(max = 100)
    private String handler;

    private LocalDate assignedOn;

    @Size(max = MAX_REPORT)
    private String report;

    private Instant reportedAt;

    @Version
    private long version;

    protected Assignment() {
    }

    Assignment(long caseId, long unitId, String handler, LocalDate assignedOn) {
        this.caseId = caseId;
        this.unitId = unitId;
        this.handler = handler;
        this.assignedOn = assignedOn;
    }

    void reported(String report, Instant at) {
        this.report = report;
        this.reportedAt = at;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getUnitId() { return unitId; }
    public String getHandler() { return handler; }
    public LocalDate getAssignedOn() { return assignedOn; }
    public String getReport() { return report; }
    public Instant getReportedAt() { return reportedAt; }
}
