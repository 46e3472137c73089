package org.zhengtong.messages.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A person in a conversation: she sees the messages after {@code visibleAfterId} (a group's earlier ones were not
 * written to her), has read up to {@code lastReadId}, and {@code undeliveredFrom} is the first message that came while
 * she had no page open, announced at her next login. Once she has left ({@code leftAt}) the conversation is not hers.
 * The read mark moves only forward, by update queries, so two pages marking at once never conflict.
 */
@Entity
@Table(name = "messages_participant")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long conversationId;
    @Size(max = 40)
    private String username;
    private Instant joinedAt;
    private Instant leftAt;
    private long visibleAfterId;
    private long lastReadId;
    private Long undeliveredFrom;

    protected Participant() {
    }

    Participant(Long conversationId, String username, Instant joinedAt, long lastMessageId) {
        this.conversationId = conversationId;
        this.username = username;
        this.joinedAt = joinedAt;
        this.visibleAfterId = lastMessageId;
        this.lastReadId = lastMessageId;
    }

    /** Back in a group she had left: from now on, like a new member. */
    void rejoin(Instant now, long lastMessageId) {
        this.leftAt = null;
        this.joinedAt = now;
        this.visibleAfterId = lastMessageId;
        this.lastReadId = lastMessageId;
        this.undeliveredFrom = null;
    }

    void leave(Instant now) {
        this.leftAt = now;
    }

    public boolean isActive() {
        return leftAt == null;
    }

    public Long getId() { return id; }
    public Long getConversationId() { return conversationId; }
    public String getUsername() { return username; }
    public Instant getJoinedAt() { return joinedAt; }
    public Instant getLeftAt() { return leftAt; }
    public long getVisibleAfterId() { return visibleAfterId; }
    public long getLastReadId() { return lastReadId; }
    public Long getUndeliveredFrom() { return undeliveredFrom; }
}
