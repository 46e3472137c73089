package org.zhengtong.forum.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A thread (主题) of a board: its title and who opened it (its first post holds the text), 置顶 and 锁定 as its
 * moderators set them, how many replies it has, when the last came and how often it was opened.
 */
@Entity
@Table(name = "fm_thread")
public class ForumThread {

    static final int MAX_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long boardId;

    @Size(max = MAX_TITLE)
    private String title;

    @Size(max = 40)
    private String author;

    private boolean anonymous;

    private boolean sticky;

    private boolean locked;

    private int replyCount;

    private long viewCount;

    private Instant createdAt;

    private Instant lastReplyAt;

    @Version
    private long version;

    protected ForumThread() {
    }

    ForumThread(long boardId, String title, String author, boolean anonymous, Instant createdAt) {
        this.boardId = boardId;
        this.title = title;
        this.author = author;
        this.anonymous = anonymous;
        this.createdAt = createdAt;
        this.lastReplyAt = createdAt;
    }

    void replied(Instant at) {
        replyCount++;
        lastReplyAt = at;
    }

    void stick(boolean sticky) {
        this.sticky = sticky;
    }

    void lock(boolean locked) {
        this.locked = locked;
    }

    public Long getId() {
        return id;
    }

    public long getBoardId() {
        return boardId;
    }

    public String getTitle() {
        return title;
    }

    String getAuthor() {
        return author;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public boolean isSticky() {
        return sticky;
    }

    public boolean isLocked() {
        return locked;
    }

    public int getReplyCount() {
        return replyCount;
    }

    public long getViewCount() {
        return viewCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastReplyAt() {
        return lastReplyAt;
    }
}
