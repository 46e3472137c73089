package org.zhengtong.messages.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A conversation: of a pair ({@code pairKey} "a|b", unique) or a group with a title. {@code sortedAt} is its latest
 * message's time, the list's order; it is written by every message, last writer wins, so it carries no version.
 */
@Entity
@Table(name = "messages_conversation")
public class Conversation {

    public static final int MAX_TITLE = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ConversationKind kind;
    @Size(max = 81)
    private String pairKey;
    @Size(max = MAX_TITLE)
    private String title;
    @Size(max = 40)
    private String creator;
    private Instant createdAt;
    private Instant sortedAt;

    protected Conversation() {
    }

    private Conversation(ConversationKind kind, String pairKey, String title, String creator, Instant now) {
        this.kind = kind;
        this.pairKey = pairKey;
        this.title = title;
        this.creator = creator;
        this.createdAt = now;
        this.sortedAt = now;
    }

    static Conversation pair(String a, String b, String creator, Instant now) {
        return new Conversation(ConversationKind.PAIR, pairKey(a, b), null, creator, now);
    }

    static Conversation group(String title, String creator, Instant now) {
        return new Conversation(ConversationKind.GROUP, null, title, creator, now);
    }

    static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    void messageAt(Instant at) {
        if (at.isAfter(sortedAt)) {
            sortedAt = at;
        }
    }

    public boolean isGroup() {
        return kind == ConversationKind.GROUP;
    }

    public Long getId() { return id; }
    public ConversationKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getCreator() { return creator; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSortedAt() { return sortedAt; }
}
