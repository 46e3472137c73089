package org.zhengtong.sharedfile.internal;

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

/**
 * A file of a folder: its title and 密级 (its readers need the clearance), for a 正规文件 the 发文字号 and the 公文 it
 * was filed from; its content is in its versions ({@link FileVersion}), the last one current.
 */
@Entity
@Table(name = "sf_file")
public class SharedFile {

    static final int MAX_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long folderId;

    private long unitId;

    @Size(max = MAX_TITLE)
    private String title;

    @Enumerated(EnumType.STRING)
    private Classification classification;

    @Size(max = 60)
    private String documentNumber;

    private Long documentId;

    @Size(max = 40)
    private String createdBy;

    private Instant createdAt;

    @Version
    private long version;

    protected SharedFile() {
    }

    SharedFile(Folder folder, String title, Classification classification, String createdBy, Instant createdAt) {
        this.folderId = folder.getId();
        this.unitId = folder.getUnitId();
        this.title = title;
        this.classification = classification;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Filed from a finished 发文. */
    void filedFrom(long documentId, String documentNumber) {
        this.documentId = documentId;
        this.documentNumber = documentNumber;
    }

    public Long getId() {
        return id;
    }

    public long getFolderId() {
        return folderId;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getTitle() {
        return title;
    }

    public Classification getClassification() {
        return classification;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
