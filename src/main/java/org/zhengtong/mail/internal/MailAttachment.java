package org.zhengtong.mail.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of a mail, in the platform's file store. A forwarded mail refers to the same stored file. */
@Entity
@Table(name = "mail_attachment")
public class MailAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long messageId;
    private String fileName;
    private String storageKey;
    private long sizeBytes;
    private String sha256;

    protected MailAttachment() {
    }

    MailAttachment(Long messageId, String fileName, String storageKey, long sizeBytes, String sha256) {
        this.messageId = messageId;
        this.fileName = fileName;
        this.storageKey = storageKey;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    MailAttachment copyFor(Long otherMessageId) {
        return new MailAttachment(otherMessageId, fileName, storageKey, sizeBytes, sha256);
    }

    public Long getId() { return id; }
    public Long getMessageId() { return messageId; }
    public String getFileName() { return fileName; }
    public String getStorageKey() { return storageKey; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
}
