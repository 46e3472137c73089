package org.zhengtong.taskforce.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** 进展情况: a progress report of the handling unit on a task, with how far it is (per cent); files hang below it. */
@Entity
@Table(name = "tf_progress")
public class Progress {

    static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long assignmentId;

    @Size(max = 40)
    private String author;

    private int percentDone;

    @Size(max = MAX_TEXT)
    private String text;

    private Instant createdAt;

    protected Progress() {
    }

    Progress(long assignmentId, String author, int percentDone, String text, Instant createdAt) {
        this.assignmentId = assignmentId;
        this.author = author;
        this.percentDone = percentDone;
        this.text = text;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getAssignmentId() { return assignmentId; }
    public String getAuthor() { return author; }
    public int getPercentDone() { return percentDone; }
    public String getText() { return text; }
    public Instant getCreatedAt() { return createdAt; }
}
