package org.zhengtong.taskforce.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** A file attached to a progress report, in the shared file store (key and SHA-256 as the store gave them). */
@Entity
@Table(name = "tf_progress_file")
public class ProgressFile {

    static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long progressId;

    @Size(max = MAX_NAME)
    private String fileName;

    @Size(max = 200)
    private String storageKey;

    @Size(max = 64)
    private String sha256;

    private long fileSize;

    protected ProgressFile() {
    }

    ProgressFile(long progressId, String fileName, String storageKey, String sha256, long fileSize) {
        this.progressId = progressId;
        this.fileName = fileName;
        this.storageKey = storageKey;
        this.sha256 = sha256;
        this.fileSize = fileSize;
    }

    public Long getId() { return id; }
    public long getProgressId() { return progressId; }
    public String getFileName() { return fileName; }
    public String getStorageKey() { return storageKey; }
    public String getSha256() { return sha256; }
    public long getFileSize() { return fileSize; }
}
