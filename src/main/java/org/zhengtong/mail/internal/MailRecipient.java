package org.zhengtong.mail.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Someone the mail reached when it was sent: a person of the organization (username) or an outside address. The
 * read time is the sender's read receipt; it stays when the recipient later deletes the mail.
 */
@Entity
@Table(name = "mail_recipient")
public class MailRecipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long messageId;
    @Enumerated(EnumType.STRING)
    private AddressField field;
    private String username;
    private String email;
    private String name;
    private Instant readAt;
    private Instant recalledAt;

    protected MailRecipient() {
    }

    MailRecipient(Long messageId, AddressField field, String username, String email, String name) {
        this.messageId = messageId;
        this.field = field;
        this.username = username;
        this.email = email;
        this.name = name;
    }

    void read(Instant at) {
        if (readAt == null && recalledAt == null) {
            readAt = at;
        }
    }

    void recalled(Instant at) {
        recalledAt = at;
    }

    public boolean isInternal() {
        return username != null;
    }

    public Long getId() { return id; }
    public Long getMessageId() { return messageId; }
    public AddressField getField() { return field; }
    public String getUsername() { return username; }
    public String getEmail() { return email; }
    public String getName() { return name; }
    public Instant getReadAt() { return readAt; }
    public Instant getRecalledAt() { return recalledAt; }
}
