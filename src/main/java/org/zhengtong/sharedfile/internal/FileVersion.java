package org.zhengtong.sharedfile.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.zhengtong.platform.FileTypes.Media;

/** One upload of a file: its name, its bytes in the file store, what they are, and the text found in them. */
@Entity
@Table(name = "sf_file_version")
public class FileVersion {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long fileId;

    private int number;

    @Size(max = MAX_NAME)
    private String fileName;

    @Size(max = 200)
    private String fileKey;

    private long fileSize;

    @Size(max = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    private Media media;

    @Size(max = MAX_TEXT)
    private String contentText;

    @Size(max = 40)
    private String uploadedBy;

    private Instant uploadedAt;

    protected FileVersion() {
    }

    FileVersion(long fileId, int number, String fileName, String fileKey, long fileSize, String sha256, Media media,
                String contentText, String uploadedBy, Instant uploadedAt) {
        this.fileId = fileId;
        this.number = number;
        this.fileName = fileName;
        this.fileKey = fileKey;
        this.fileSize = fileSize;
        this.sha256 = sha256;
        this.media = media;
        this.contentText = contentText;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public long getFileId() {
        return fileId;
    }

    public int getNumber() {
        return number;
    }

    public String getFileName() {
        return fileName;
    }

    String getFileKey() {
        return fileKey;
    }

    public long getFileSize() {
        return fileSize;
    }

    public String getSha256() {
        return sha256;
    }

    public Media getMedia() {
        return media;
    }

    String getContentText() {
        return contentText;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
