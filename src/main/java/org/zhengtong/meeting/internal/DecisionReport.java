package org.zhengtong.meeting.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** A progress report on a 议定事项 by its owner: what was done, how far (percent). */
@Entity
@Table(name = "meeting_decision_report")
public class DecisionReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long decisionId;
    private String author;
    private String text;
    private int progress;
    private Instant reportedAt;

    protected DecisionReport() {
    }

    DecisionReport(Long decisionId, String author, String text, int progress, Instant reportedAt) {
        this.decisionId = decisionId;
        this.author = author;
        this.text = text;
        this.progress = progress;
        this.reportedAt = reportedAt;
    }

    public Long getId() {
        return id;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public int getProgress() {
        return progress;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
