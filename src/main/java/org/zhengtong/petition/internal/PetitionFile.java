package org.zhengtong.petition.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A scanned letter or another file of a case, in the file store. */
@Entity
@Table(name = "petition_file")
public class PetitionFile {

    static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;

    @Size(max = MAX_NAME)
    private String fileName;

    @Size(max = 200)
    private String fileKey;

    @Size(max = 64)
    private String sha256;

    private long fileSize;

    @Size(max = 100)
    private String uploadedBy;

    private Instant uploadedAt;

    protected PetitionFile() {
    }

    PetitionFile(long caseId, String fileName, String fileKey, String sha256, long fileSize, String uploadedBy,
                 Instant uploadedAt) {
        this.caseId = caseId;
        this.fileName = fileName;
        this.fileKey = fileKey;
        this.sha256 = sha256;
        this.fileSize = fileSize;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public String getFileName() { return fileName; }
    public String getFileKey() { return fileKey; }
    public String getSha256() { return sha256; }
    public long getFileSize() { return fileSize; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
