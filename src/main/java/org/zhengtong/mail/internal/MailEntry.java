package org.zhengtong.mail.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message in one person's mailbox: its box or folder, when the owner read it, and the owner's flag. */
@Entity
@Table(name = "mail_entry")
public class MailEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "message_id")
    private MailMessage message;

    private String owner;
    @Enumerated(EnumType.STRING)
    private Box box;
    private Long folderId;
    private Instant sortedAt;
    private Instant readAt;
    private boolean flagged;

    protected MailEntry() {
    }

    MailEntry(MailMessage message, String owner, Box box, Instant sortedAt, Instant readAt) {
        this.message = message;
        this.owner = owner;
        this.box = box;
        this.sortedAt = sortedAt;
        this.readAt = readAt;
    }

    /** True when this call read it for the first time. */
    boolean read(Instant at) {
        if (readAt != null) {
            return false;
        }
        readAt = at;
        return true;
    }

    void moveTo(Box box, Long folderId) {
        this.box = box;
        this.folderId = box == Box.FOLDER ? folderId : null;
    }

    void sent(Instant at) {
        this.box = Box.SENT;
        this.sortedAt = at;
    }

    void touched(Instant at) {
        this.sortedAt = at;
    }

    void toggleFlag() {
        flagged = !flagged;
    }

    public Long getId() { return id; }
    public MailMessage getMessage() { return message; }
    public String getOwner() { return owner; }
    public Box getBox() { return box; }
    public Long getFolderId() { return folderId; }
    public Instant getSortedAt() { return sortedAt; }
    public Instant getReadAt() { return readAt; }
    public boolean isUnread() { return readAt == null; }
    public boolean isFlagged() { return flagged; }
}
