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
import java.time.LocalDate;

/**
 * 交办事项: a task the office hands to a working group (through one of its units) or to a unit, with its deadline,
 * the person there who handles it and where its process stands. Its business key is {@code taskforce-task:<id>}.
 */
@Entity
@Table(name = "tf_assignment")
public class TaskAssignment {

    static final String KEY_PREFIX = "taskforce-task:";
    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long taskForceId;
    private Long groupId;
    private long unitId;

    @Size(max = 40)
    private String handler;

    @Size(max = 40)
    private String assignmentNumber;

    @Size(max = MAX_TITLE)
    private String title;

    @Size(max = MAX_TEXT)
    private String content;

    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private AssignmentStatus status = AssignmentStatus.HANDLING;

    @Size(max = 64)
    private String processInstanceId;

    @Size(max = 40)
    private String assignedBy;

    private Instant assignedAt;
    private Instant submittedAt;
    private Instant acceptedAt;

    /** The handler's last completion report (the office's reasons for sending it back are in the history). */
    @Size(max = MAX_TEXT)
    private String lastNote;

    @Version
    private long version;

    protected TaskAssignment() {
    }

    TaskAssignment(long taskForceId, Long groupId, long unitId, String handler, String assignmentNumber, String title,
               String content, LocalDate dueDate, String assignedBy, Instant assignedAt) {
        this.taskForceId = taskForceId;
        this.groupId = groupId;
        this.unitId = unitId;
        this.handler = handler;
        this.assignmentNumber = assignmentNumber;
        this.title = title;
        this.content = content;
        this.dueDate = dueDate;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    String businessKey() {
        return KEY_PREFIX + id;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void submitted(String report, Instant at) {
        this.status = AssignmentStatus.SUBMITTED;
        this.lastNote = report;
        this.submittedAt = at;
    }

    void sentBack() {
        this.status = AssignmentStatus.HANDLING;
    }

    void accepted(Instant at) {
        this.status = AssignmentStatus.ACCEPTED;
        this.acceptedAt = at;
    }

    /** 超期: still with the handling unit after its due date. */
    public boolean overdueOn(LocalDate today) {
        return status == AssignmentStatus.HANDLING && today.isAfter(dueDate);
    }

    public Long getId() { return id; }
    public long getTaskForceId() { return taskForceId; }
    public Long getGroupId() { return groupId; }
    public long getUnitId() { return unitId; }
    public String getHandler() { return handler; }
    public String getAssignmentNumber() { return assignmentNumber; }
    public String getTitle() { return title; }
    public String getContent() { return content; }
    public LocalDate getDueDate() { return dueDate; }
    public AssignmentStatus getStatus() { return status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getAssignedBy() { return assignedBy; }
    public Instant getAssignedAt() { return assignedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public String getLastNote() { return lastNote; }
}
