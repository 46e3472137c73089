package org.zhengtong.notification.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** One in-app notification, and what became of its e-mail. */
@Entity
@Table(name = "ntf_notification")
public class Notification {

    /** NONE: the person has no address; LOGGED: no mail server configured, written to the log instead. */
    public enum EmailStatus { NONE, SENT, FAILED, LOGGED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;
    private String title;
    private String body;
    private String link;
    private Instant createdAt;
    private Instant readAt;
    /** Set when the notification was written for an event: the same event never writes it twice. */
    private String dedupKey;

    @Enumerated(EnumType.STRING)
    private EmailStatus emailStatus = EmailStatus.NONE;

    protected Notification() {
    }

    Notification(String dedupKey, String recipient, String title, String body, String link, Instant createdAt) {
        this.dedupKey = dedupKey;
        this.recipient = recipient;
        this.title = title;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    void emailed(EmailStatus status) {
        this.emailStatus = status;
    }

    public Long getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public boolean isUnread() { return readAt == null; }
    public EmailStatus getEmailStatus() { return emailStatus; }
}
