package org.zhengtong.platform;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/**
 * A file in the {@link FileStore} as an entity refers to it: the name it was uploaded under (checked against its
 * bytes by {@link Uploads}), the store's key, the size and the SHA-256 shown to readers. Embedded in the module's own
 * table as the columns {@code file_name}, {@code file_key}, {@code file_size} and {@code sha256}.
 */
@Embeddable
public class StoredFileRef {

    public static final int MAX_NAME = 200;

    @Size(max = MAX_NAME)
    private String fileName;

    @Size(max = 200)
    private String fileKey;

    private long fileSize;

    @Size(max = 64)
    private String sha256;

    protected StoredFileRef() {
    }

    public StoredFileRef(String fileName, FileStore.StoredFile stored) {
        this.fileName = fileName;
        this.fileKey = stored.key();
        this.fileSize = stored.size();
        this.sha256 = stored.sha256();
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileKey() {
        return fileKey;
    }

    public long getFileSize() {
        return fileSize;
    }

    public String getSha256() {
        return sha256;
    }
}
