package org.zhengtong.document.internal;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "doc_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long documentId;
    private String fileName;
    private Instant createdAt;

    protected Attachment() {
    }

    Attachment(Long documentId, String fileName, Instant createdAt) {
        this.documentId = documentId;
        this.fileName = fileName;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getDocumentId() { return documentId; }
    public String getFileName() { return fileName; }
    public Instant getCreatedAt() { return createdAt; }
}
