package org.zhengtong.messages.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One message: plain text, never markup; shown as text, its http(s) addresses as links ({@link MessageText}). */
@Entity
@Table(name = "messages_message")
public class ChatMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long conversationId;
    @Size(max = 40)
    private String sender;
    private String body;
    private Instant sentAt;

    protected ChatMessage() {
    }

    ChatMessage(Long conversationId, String sender, String body, Instant sentAt) {
        this.conversationId = conversationId;
        this.sender = sender;
        this.body = body;
        this.sentAt = sentAt;
    }

    public Long getId() { return id; }
    public Long getConversationId() { return conversationId; }
    public String getSender() { return sender; }
    public String getBody() { return body; }
    public Instant getSentAt() { return sentAt; }
}
