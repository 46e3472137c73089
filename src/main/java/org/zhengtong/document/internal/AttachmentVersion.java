package org.zhengtong.document.internal;

import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One uploaded state of an attachment; a new upload under the same attachment is the next version. */
@Entity
@Immutable
@Table(name = "doc_attachment_version")
public class AttachmentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long attachmentId;
    private int versionNo;
    private String storageKey;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private String author;
    private Instant createdAt;

    protected AttachmentVersion() {
    }

    AttachmentVersion(Long attachmentId, int versionNo, String storageKey, String contentType, long sizeBytes,
                      String sha256, String author, Instant createdAt) {
        this.attachmentId = attachmentId;
        this.versionNo = versionNo;
        this.storageKey = storageKey;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getAttachmentId() { return attachmentId; }
    public int getVersionNo() { return versionNo; }
    public String getStorageKey() { return storageKey; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getAuthor() { return author; }
    public Instant getCreatedAt() { return createdAt; }
}
