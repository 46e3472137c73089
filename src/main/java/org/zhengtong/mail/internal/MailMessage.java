package org.zhengtong.mail.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail as written: one row however many people hold it. Its body is kept sanitized ({@code RichText}). */
@Entity
@Table(name = "mail_message")
public class MailMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String sender;
    private String senderName;
    private Long senderUnitId;
    private String subject;
    private String body;
    private Instant sentAt;
    private Instant updatedAt;

    protected MailMessage() {
    }

    MailMessage(String sender, String senderName, Long senderUnitId) {
        this.sender = sender;
        this.senderName = senderName;
        this.senderUnitId = senderUnitId;
    }

    void write(String subject, String body, Instant at) {
        this.subject = subject;
        this.body = body;
        this.updatedAt = at;
    }

    void sent(Instant at) {
        this.sentAt = at;
        this.updatedAt = at;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public Long getId() { return id; }
    public String getSender() { return sender; }
    public String getSenderName() { return senderName; }
    public Long getSenderUnitId() { return senderUnitId; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Instant getSentAt() { return sentAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
