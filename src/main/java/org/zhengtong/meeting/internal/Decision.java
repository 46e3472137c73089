package org.zhengtong.meeting.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** 议定事项: a decision of a meeting carried out by its owner by a deadline (process {@code meeting-decision}). */
@Entity
@Table(name = "meeting_decision")
public class Decision {

    public enum Status { OPEN, DONE }

    public static final String KEY_PREFIX = "meeting-decision:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;
    private String text;
    private String owner;
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;

    private String processInstanceId;
    private Instant closedAt;
    private Instant createdAt;

    @Version
    private long version;

    protected Decision() {
    }

    Decision(Long meetingId, String text, String owner, LocalDate deadline, Instant createdAt) {
        this.meetingId = meetingId;
        this.text = text;
        this.owner = owner;
        this.deadline = deadline;
        this.createdAt = createdAt;
    }

    public String businessKey() {
        return KEY_PREFIX + id;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void close(Instant at) {
        this.status = Status.DONE;
        this.closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getText() {
        return text;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Status getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
