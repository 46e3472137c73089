package org.zhengtong.journal.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.FileStore;

/**
 * An issue of a publication: composed by its editors as a draft of adopted articles, numbered when published
 * (第N期 of the year, 总第N期), with its 密级 (the highest of its articles') and the PDF laid out then.
 */
@Entity
@Table(name = "jnl_issue")
public class Issue {

    /** A draft (组稿中) or published issue. */
    public enum Status {
        DRAFT, PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long publicationId;

    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;

    private Integer issueYear;
    private Integer number;
    private Integer totalNumber;

    @Enumerated(EnumType.STRING)
    private Classification classification = Classification.UNCLASSIFIED;

    @Size(max = 200)
    private String fileKey;

    private Long fileSize;

    @Size(max = 64)
    private String fileSha256;

    @Size(max = 40)
    private String createdBy;

    private Instant createdAt;

    @Size(max = 40)
    private String publishedBy;

    private Instant publishedAt;

    @Version
    private long version;

    protected Issue() {
    }

    Issue(long publicationId, String createdBy, Instant createdAt) {
        this.publicationId = publicationId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void classify(Classification classification) {
        this.classification = classification;
    }

    void number(int year, int number, int totalNumber) {
        this.issueYear = year;
        this.number = number;
        this.totalNumber = totalNumber;
    }

    void published(FileStore.StoredFile file, String by, Instant at) {
        this.status = Status.PUBLISHED;
        this.fileKey = file.key();
        this.fileSize = file.size();
        this.fileSha256 = file.sha256();
        this.publishedBy = by;
        this.publishedAt = at;
    }

    boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public long getPublicationId() {
        return publicationId;
    }

    public Status getStatus() {
        return status;
    }

    public Integer getIssueYear() {
        return issueYear;
    }

    public Integer getNumber() {
        return number;
    }

    public Integer getTotalNumber() {
        return totalNumber;
    }

    public Classification getClassification() {
        return classification;
    }

    public String getFileKey() {
        return fileKey;
    }

    public Long getFileSize() {
        return fileSize;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
