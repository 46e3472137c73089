package org.zhengtong.forum.internal;

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

/** A report (举报) of a post with its reason, open until a moderator hides the post or dismisses the report. */
@Entity
@Table(name = "fm_report")
public class ForumReport {

    static final int MAX_REASON = 500;

    public enum Status {
        OPEN, HIDDEN, DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long postId;

    private long boardId;

    @Size(max = 40)
    private String reporter;

    @Size(max = MAX_REASON)
    private String reason;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant createdAt;

    @Size(max = 40)
    private String decidedBy;

    private Instant decidedAt;

    @Version
    private long version;

    protected ForumReport() {
    }

    ForumReport(long postId, long boardId, String reporter, String reason, Instant createdAt) {
        this.postId = postId;
        this.boardId = boardId;
        this.reporter = reporter;
        this.reason = reason;
        this.createdAt = createdAt;
        this.status = Status.OPEN;
    }

    void decide(Status status, String moderator, Instant at) {
        this.status = status;
        this.decidedBy = moderator;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getPostId() {
        return postId;
    }

    public long getBoardId() {
        return boardId;
    }

    String getReporter() {
        return reporter;
    }

    public String getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
