package org.zhengtong.taskforce.internal;

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

/** A coordination group: its name, the notice that set it up (文号, the 公文 if filed here), its purpose and seat. */
@Entity
@Table(name = "tf_task_force")
public class TaskForce {

    static final int MAX_NAME = 200;
    static final int MAX_NUMBER = 100;
    static final int MAX_PURPOSE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = MAX_NAME)
    private String name;

    @Size(max = MAX_NUMBER)
    private String basisNumber;

    private Long basisDocumentId;

    @Size(max = MAX_PURPOSE)
    private String purpose;

    private long officeUnitId;

    @Enumerated(EnumType.STRING)
    private TaskForceStatus status = TaskForceStatus.ACTIVE;

    @Size(max = 40)
    private String createdBy;

    private Instant createdAt;
    private Instant closedAt;

    @Size(max = 40)
    private String closedBy;

    @Version
    private long version;

    protected TaskForce() {
    }

    TaskForce(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void describe(String name, String basisNumber, Long basisDocumentId, String purpose, long officeUnitId) {
        this.name = name;
        this.basisNumber = basisNumber;
        this.basisDocumentId = basisDocumentId;
        this.purpose = purpose;
        this.officeUnitId = officeUnitId;
    }

    void close(String by, Instant at) {
        this.status = TaskForceStatus.CLOSED;
        this.closedBy = by;
        this.closedAt = at;
    }

    public boolean active() {
        return status == TaskForceStatus.ACTIVE;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getBasisNumber() { return basisNumber; }
    public Long getBasisDocumentId() { return basisDocumentId; }
    public String getPurpose() { return purpose; }
    public long getOfficeUnitId() { return officeUnitId; }
    public TaskForceStatus getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
    public long getVersion() { return version; }
}
