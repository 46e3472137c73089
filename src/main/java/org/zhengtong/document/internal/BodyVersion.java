package org.zhengtong.document.internal;

import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One saved state of a document's body (痕迹保留): never changed afterwards. */
@Entity
@Immutable
@Table(name = "doc_body_version")
public class BodyVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long documentId;
    private int versionNo;
    private String html;
    private String author;
    private String stepName;
    private Instant createdAt;

    protected BodyVersion() {
    }

    BodyVersion(Long documentId, int versionNo, String html, String author, String stepName, Instant createdAt) {
        this.documentId = documentId;
        this.versionNo = versionNo;
        this.html = html;
        this.author = author;
        this.stepName = stepName;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getDocumentId() { return documentId; }
    public int getVersionNo() { return versionNo; }
    public String getHtml() { return html; }
    public String getAuthor() { return author; }
    public String getStepName() { return stepName; }
    public Instant getCreatedAt() { return createdAt; }
}
