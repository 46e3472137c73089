package org.zhengtong.regulation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import org.zhengtong.platform.FileStore;

/** A file in the shared file store as a regulation's attachment or a software version's installer keeps it. */
@Embeddable
public class StoredFileRef {

    static final int MAX_NAME = 200;

    @Size(max = MAX_NAME)
    private String fileName;
    @Size(max = 200)
    private String fileKey;
    private long fileSize;
    @Size(max = 64)
    @Column(name = "sha256")
    private String sha256;

    protected StoredFileRef() {
    }

    StoredFileRef(String fileName, FileStore.StoredFile stored) {
        this.fileName = fileName;
        this.fileKey = stored.key();
        this.fileSize = stored.size();
        this.sha256 = stored.sha256();
    }

    public String getFileName() { return fileName; }
    String getFileKey() { return fileKey; }
    public long getFileSize() { return fileSize; }
    public String getSha256() { return sha256; }
}
