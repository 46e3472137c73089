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
 * A post of a thread: the opening post or a reply, its rich text (cleaned), and for a reply that quotes another post
 * the quoted post and a plain-text copy of what it said. The author is kept even when it is shown as 匿名; a hidden
 * (屏蔽) post stays, but no reader sees its text and the index leaves it out.
 */
@Entity
@Table(name = "fm_post")
public class ForumPost {

    static final int MAX_BODY = 20000;
    static final int MAX_QUOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long threadId;

    private boolean opening;

    @Size(max = 40)
    private String author;

    private boolean anonymous;

    @Size(max = MAX_BODY)
    private String body;

    private Long quotePostId;

    @Size(max = MAX_QUOTE)
    private String quoteText;

    private boolean hidden;

    private Instant createdAt;

    private Instant editedAt;

    @Version
    private long version;

    protected ForumPost() {
    }

    ForumPost(long threadId, boolean opening, String author, boolean anonymous, String body, Instant createdAt) {
        this.threadId = threadId;
        this.opening = opening;
        this.author = author;
        this.anonymous = anonymous;
        this.body = body;
        this.createdAt = createdAt;
    }

    void quote(ForumPost quoted, String text) {
        this.quotePostId = quoted.getId();
        this.quoteText = text;
    }

    void hide() {
        this.hidden = true;
    }

    void edit(String body, Instant at) {
        this.body = body;
        this.editedAt = at;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Long getId() {
        return id;
    }

    public long getThreadId() {
        return threadId;
    }

    public boolean isOpening() {
        return opening;
    }

    String getAuthor() {
        return author;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public String getBody() {
        return body;
    }

    public Long getQuotePostId() {
        return quotePostId;
    }

    String getQuoteText() {
        return quoteText;
    }

    public boolean isHidden() {
        return hidden;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
