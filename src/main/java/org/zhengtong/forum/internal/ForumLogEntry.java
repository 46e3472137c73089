package org.zhengtong.forum.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One line of a board's 管理日志: who did what to which thread or post, when. */
@Entity
@Table(name = "fm_log")
public class ForumLogEntry {

    static final int MAX_DETAIL = 500;

    /** What a moderator did; each is named by {@code forum.log.<ACTION>}. */
    public enum Action {
        STICK, UNSTICK, LOCK, UNLOCK, HIDE, DISMISS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long boardId;

    private Long threadId;

    private Long postId;

    @Size(max = 40)
    private String actor;

    @Enumerated(EnumType.STRING)
    private Action action;

    @Size(max = MAX_DETAIL)
    private String detail;

    private Instant loggedAt;

    protected ForumLogEntry() {
    }

    ForumLogEntry(long boardId, Long threadId, Long postId, String actor, Action action, String detail,
                  Instant loggedAt) {
        this.boardId = boardId;
        this.threadId = threadId;
        this.postId = postId;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
        this.loggedAt = loggedAt;
    }

    public Long getThreadId() {
        return threadId;
    }

    public Long getPostId() {
        return postId;
    }

    String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }
}
